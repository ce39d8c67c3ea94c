package jp.yokoten.template;

import static jp.yokoten.template.TemplateFixtures.KOTO_PUBLISHER;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.yokoten.testing.Db;
import jp.yokoten.testing.Persona;
import jp.yokoten.testing.Zips;
import org.junit.jupiter.api.Test;

/** Concurrent writers: one wins, the others are told, and nothing half-done remains. */
@QuarkusTest
class TemplateConcurrencyTest {
    @Inject
    Db db;

    private static List<Integer> runTogether(int n, java.util.function.IntFunction<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<Integer> task = () -> {
                    start.await();
                    return call.apply(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            Collections.sort(statuses);
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoEditsWithTheSameEtagLeaveExactlyOneWinner() throws Exception {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        String etag = t.etag();
        String[] summaries = {"編集A", "編集B"};
        List<Integer> statuses = runTogether(2, i -> KOTO_PUBLISHER.request().contentType("application/merge-patch+json")
                .header("If-Match", etag).body(Map.of("summary", summaries[i]))
                .patch("/api/v1/templates/" + t.id).statusCode());
        assertEquals(List.of(200, 412), statuses);
        String saved = KOTO_PUBLISHER.request().get("/api/v1/templates/" + t.id).then().extract().path("summary");
        assertTrue(List.of(summaries).contains(saved), "the saved summary is one of the two edits: " + saved);
        Persona.of("admin", "portal-admin", null, "staff", "admin").request().queryParam("objectId", t.id)
                .get("/api/v1/audit").then().body("items.findAll { it.action == 'template.updated' }.size()", equalTo(1));
    }

    @Test
    void twentyParallelUploadsOfOneVersionCreateExactlyOne() throws Exception {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        long filesBefore = db.scalar("SELECT count(*) FROM stored_file");
        long chunksBefore = db.scalar("SELECT count(*) FROM stored_file_chunk");
        List<Integer> statuses = runTogether(20, i -> KOTO_PUBLISHER.request()
                .multiPart("file", "app-" + i + ".zip", Zips.kintoneApp("並行 " + i), "application/zip")
                .multiPart("version", "1.0.0").post("/api/v1/templates/" + t.id + "/versions").statusCode());
        List<Integer> expected = new ArrayList<>(Collections.nCopies(19, 409));
        expected.add(0, 201);
        assertEquals(expected, statuses);
        KOTO_PUBLISHER.request().get("/api/v1/templates/" + t.id + "/versions").then()
                .body("total", equalTo(1)).body("items.version", contains("1.0.0"));
        assertEquals(filesBefore + 1, db.scalar("SELECT count(*) FROM stored_file"), "one file stored, no orphans");
        assertEquals(chunksBefore + 1, db.scalar("SELECT count(*) FROM stored_file_chunk"));
        assertEquals(0, db.scalar("SELECT count(*) FROM stored_file f WHERE NOT EXISTS (SELECT 1 FROM template_version v WHERE v.file_id = f.id)"));
    }
}
