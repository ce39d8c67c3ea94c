package jp.yokoten.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL 15 cluster of the suite's own (initdb into a temporary directory, port 55433 or, when something
 * already listens there — e.g. test.sh's embedded PostgreSQL given that port —, a free one), so it can be
 * stopped and started without touching the shared server on 5432. initdb refuses root, so when the suite
 * runs as root the server runs as the {@code postgres} system user.
 */
final class OwnPostgres {
    static final int PORT = Integer.getInteger("yokoten.fault.pgPort", freeOr(55433));
    static final String DATABASE = "yokoten";
    private static final Path BIN = Path.of(System.getProperty("yokoten.fault.pgBin", "/usr/lib/postgresql/15/bin"));

    private final OwnProcesses own;
    private final Path data;
    private final Path log;

    OwnPostgres(OwnProcesses own, Path dir) {
        this.own = own;
        this.data = dir.resolve("pgdata");
        this.log = dir.resolve("postgres.log");
    }

    /** {@code preferred} when nothing listens on it, otherwise a port the system reports free. */
    private static int freeOr(int preferred) {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", preferred));
            return preferred;
        } catch (IOException inUse) {
            try (ServerSocket any = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return any.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + PORT + "/" + DATABASE;
    }

    void init() throws Exception {
        Path dir = data.getParent();
        if (root()) {
            run(List.of("chown", "postgres:postgres", dir.toString()));
        }
        run(asOwner(BIN.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust",
                "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"));
        own.onCleanUp(() -> {
            try {
                run(asOwner(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
            } catch (Exception ignored) {
                // not running
            }
        });
        start();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + PORT + "/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + DATABASE + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'");
        }
    }

    void start() throws Exception {
        run(asOwner(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", log.toString(), "-w", "-t", "30",
                "-o", "-p " + PORT + " -c listen_addresses=127.0.0.1 -k " + data + " -c fsync=off -c max_connections=60",
                "start"));
    }

    /** A clean, fast shutdown: open sessions are ended (SQL state 57P01), committed data stays. */
    void stop() throws Exception {
        run(asOwner(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"));
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "");
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static List<String> asOwner(String... command) {
        List<String> c = new ArrayList<>();
        if (root()) {
            c.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        c.addAll(List.of(command));
        return c;
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("yokoten-fault-cmd", ".log");
        try {
            Process p = own.start(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()));
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + Files.readString(out));
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
