package jp.yokoten.ops;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Scratch databases laid out as in production: created by deploy/lib.sh (roles included), owned by the owner
 * role that Flyway migrates as, the API connected as the runtime role. Under deploy/test.sh the roles come from
 * its environment (YOKOTEN_DB_OWNER_USER set); in a bare run the development defaults of deploy/lib.sh apply.
 */
public final class OwnedDatabase {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final boolean FROM_ENV = System.getenv("YOKOTEN_DB_OWNER_USER") != null;
    public static final String OWNER = FROM_ENV ? System.getenv("YOKOTEN_DB_OWNER_USER") : "yokoten_owner";
    static final String OWNER_PASSWORD = FROM_ENV ? env("YOKOTEN_DB_OWNER_PASSWORD", "") : "yokoten-owner-dev";
    public static final String APP = FROM_ENV ? env("YOKOTEN_DB_USER", "yokoten_app") : "yokoten_app";
    static final String APP_PASSWORD = FROM_ENV ? env("YOKOTEN_DB_PASSWORD", "") : "yokoten-app-dev";
    /** The server of the test database (YOKOTEN_TEST_DB_URL); scratch databases are named after it. */
    private static final URI SERVER = URI.create(env("YOKOTEN_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/yokoten_test").substring(5));

    private OwnedDatabase() {
    }

    private static String env(String name, String fallback) {
        return System.getenv().getOrDefault(name, fallback);
    }

    /** yokoten_test_backup beside yokoten_test (yokoten_t6_backup beside yokoten_t6). */
    public static String scratchName(String suffix) {
        return SERVER.getPath().substring(1) + "_" + suffix;
    }

    public static String url(String database) {
        return "jdbc:postgresql://" + SERVER.getHost() + ":" + SERVER.getPort() + "/" + database;
    }

    /** Configuration for the API under test: this database, runtime role for the API, owner role for Flyway. */
    public static Map<String, String> apiConfig(String database) {
        return Map.of("quarkus.datasource.jdbc.url", url(database),
                "quarkus.datasource.username", APP, "quarkus.datasource.password", APP_PASSWORD,
                "quarkus.flyway.username", OWNER, "quarkus.flyway.password", OWNER_PASSWORD);
    }

    public static Connection asOwner(String database) throws SQLException {
        return DriverManager.getConnection(url(database), OWNER, OWNER_PASSWORD);
    }

    public record Result(int exit, String out, String err) {
        public String lastLine() {
            String[] lines = out.strip().split("\n");
            return lines[lines.length - 1];
        }

        public Result succeeded() {
            if (exit != 0) {
                throw new AssertionError("exit " + exit + "\n" + out + err);
            }
            return this;
        }
    }

    /** Runs a bash snippet with deploy/lib.sh sourced, at the repository root, against the test server. */
    public static Result bash(String script, String... extraEnv) {
        List<String> command = List.of("bash", "-c", "set -euo pipefail; source deploy/lib.sh; " + script);
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(ROOT.toFile());
        Map<String, String> env = pb.environment();
        env.put("YOKOTEN_PGHOST", SERVER.getHost());
        env.put("YOKOTEN_PGPORT", String.valueOf(SERVER.getPort()));
        env.put("YOKOTEN_DB_OWNER_USER", OWNER);
        env.put("YOKOTEN_DB_OWNER_PASSWORD", OWNER_PASSWORD);
        env.put("YOKOTEN_DB_USER", APP);
        env.put("YOKOTEN_DB_PASSWORD", APP_PASSWORD);
        for (int i = 0; i < extraEnv.length; i += 2) {
            env.put(extraEnv[i], extraEnv[i + 1]);
        }
        try {
            Process p = pb.start();
            var out = p.getInputStream().readAllBytes();
            var err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + script);
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static boolean exists(String database) {
        return bash("[ \"$(psql_admin -c \"select 1 from pg_database where datname = '" + database + "'\")\" = 1 ]").exit() == 0;
    }

    public static void drop(String database) {
        bash("psql_admin -c 'DROP DATABASE IF EXISTS " + database + " WITH (FORCE)'").succeeded();
    }

    /** What a restore must reproduce: rows per table, and each stored file's SHA-256 hashed here from its chunks. */
    public record Contents(Map<String, Long> rows, Map<String, String> fileSha256, Map<String, Integer> fileChunks) {
    }

    public static Contents contents(String database) throws SQLException, NoSuchAlgorithmException {
        Map<String, Long> rows = new TreeMap<>();
        Map<String, String> sha = new TreeMap<>();
        Map<String, Integer> chunks = new TreeMap<>();
        try (Connection c = asOwner(database)) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM \"" + t + "\"")) {
                    rs.next();
                    rows.put(t, rs.getLong(1));
                }
            }
            List<String> files = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT id FROM stored_file")) {
                while (rs.next()) {
                    files.add(rs.getString(1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT data FROM stored_file_chunk WHERE file_id = ?::uuid ORDER BY seq")) {
                for (String id : files) {
                    MessageDigest digest = MessageDigest.getInstance("SHA-256");
                    int n = 0;
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            digest.update(rs.getBytes(1));
                            n++;
                        }
                    }
                    sha.put(id, HexFormat.of().formatHex(digest.digest()));
                    chunks.put(id, n);
                }
            }
        }
        return new Contents(rows, sha, chunks);
    }
}
