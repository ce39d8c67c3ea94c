package jp.yokoten.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.yokoten.template.TemplateFixtures;
import jp.yokoten.testing.Db;
import jp.yokoten.testing.Persona;
import org.junit.jupiter.api.Test;

/**
 * 1,000 different people download one template's file concurrently (16 at once, within the pool of 20
 * connections): every download is logged and counted once, in the template's yearly figures and in the
 * month's slots. Downloads no longer queue on one month row, and none may be lost for it.
 */
@QuarkusTest
class ConcurrentDownloadsTest {
    static final int PEOPLE = 1000;

    @Inject
    Db db;

    @Test
    void everyOneOfAThousandConcurrentDownloadsIsCounted() throws Exception {
        TemplateFixtures t = TemplateFixtures.published(TemplateFixtures.KOTO_PUBLISHER);
        long monthBefore = db.scalar("SELECT coalesce(sum(count), 0) FROM stats_month WHERE type = 'download'");
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Future<Integer>> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (int i = 0; i < PEOPLE; i++) {
                Persona p = Persona.of("downloader " + i, "dl-" + run + "-" + i, "sumida", "staff");
                answers.add(pool.submit(() -> p.request().get("/api/v1/templates/" + t.id + "/versions/1.0.0/file").statusCode()));
            }
            for (Future<Integer> a : answers) {
                assertEquals(200, a.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(PEOPLE, db.scalar("SELECT count(*) FROM usage_event WHERE type = 'download' AND template_id = '" + t.id + "'"));
        assertEquals(PEOPLE, db.scalar("SELECT coalesce(sum(downloads), 0) FROM stats_template_fy WHERE template_id = '" + t.id + "'"));
        assertEquals(monthBefore + PEOPLE, db.scalar("SELECT coalesce(sum(count), 0) FROM stats_month WHERE type = 'download'"));
        // the same people again the same day: logged, but counted once per person, version and day
        Persona.of("downloader 0", "dl-" + run + "-0", "sumida", "staff").request()
                .get("/api/v1/templates/" + t.id + "/versions/1.0.0/file").then().statusCode(200);
        assertEquals(PEOPLE, db.scalar("SELECT coalesce(sum(downloads), 0) FROM stats_template_fy WHERE template_id = '" + t.id + "'"));
    }
}
