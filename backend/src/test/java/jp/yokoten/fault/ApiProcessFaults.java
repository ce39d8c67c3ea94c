package jp.yokoten.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.yokoten.fault.FaultStack.Answer;

/** SPEC §12 fault d and the start-up refusals: the API process itself dies, or must refuse to start. */
final class ApiProcessFaults {
    private final FaultStack stack;

    ApiProcessFaults(FaultStack stack) {
        this.stack = stack;
    }

    /** kill -9 in the middle of a 50 MiB upload leaves nothing behind; the same version uploads afterwards. */
    void killDuringAFiftyMebibyteUploadLeavesNothingAndTheNextUploadSucceeds() throws Exception {
        String id = stack.createTemplate("アップロード中断");
        Path zip = stack.randomZip("upload.zip", 50L * 1024 * 1024 - 256 * 1024);
        Map<String, Long> before = fileCounts(id);
        try (ExecutorService uploader = Executors.newSingleThreadExecutor()) {
            Future<Answer> pending = uploader.submit(() -> stack.upload(id, "1.0.0", zip));
            // Wait until the API is inside the storing transaction (its chunk INSERTs are running), then kill.
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            boolean storing = false;
            while (!storing && System.nanoTime() < until && !pending.isDone()) {
                storing = storingChunks();
                if (!storing) {
                    Thread.sleep(20);
                }
            }
            assertTrue(storing, "the upload never reached the storing transaction: "
                    + (pending.isDone() ? pending.get() : "still sending"));
            stack.api.killHard();
            try {
                pending.get(10, TimeUnit.SECONDS);
            } catch (Exception expected) {
                // the connection died with the API
            }
        }
        assertEquals(before, fileCounts(id), "rows left by the killed upload");
        stack.api.start();
        stack.api.awaitReady(Duration.ofSeconds(180));
        Answer again = stack.upload(id, "1.0.0", stack.randomZip("small.zip", 64 * 1024));
        assertEquals(201, again.status(), again.body());
    }

    /** A test-only clock setting that leaked into a deployment stops the start instead of dating every write wrongly. */
    void aDeploymentWithTheTestClockSetRefusesToStart() throws Exception {
        stack.api.stop();
        stack.api.start(Map.of("YOKOTEN_TEST_CLOCK", "2027-04-01T00:00+09:00"));
        int exit = stack.api.awaitExit(Duration.ofSeconds(180));
        assertTrue(exit != 0, "exit code " + exit);
        assertTrue(stack.api.tail().contains("moves the clock for tests"), stack.api.tail());
    }

    /** True while a session of the API is inside the upload's storing transaction. */
    private boolean storingChunks() {
        try (Connection c = stack.postgres.connect();
             PreparedStatement q = c.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE datname = ? "
                     + "AND xact_start IS NOT NULL AND query LIKE '%stored_file_chunk%' AND pid <> pg_backend_pid()")) {
            q.setString(1, OwnPostgres.DATABASE);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        } catch (Exception e) {
            return false;
        }
    }

    /** Versions of the template, stored files and chunks: what an interrupted upload could leave behind. */
    private Map<String, Long> fileCounts(String templateId) throws Exception {
        try (Connection c = stack.postgres.connect()) {
            return Map.of(
                    "template_version", single(c, "SELECT count(*) FROM template_version WHERE template_id = '" + templateId + "'"),
                    "stored_file", single(c, "SELECT count(*) FROM stored_file"),
                    "stored_file_chunk", single(c, "SELECT count(*) FROM stored_file_chunk"));
        }
    }

    private static long single(Connection c, String sql) throws Exception {
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
