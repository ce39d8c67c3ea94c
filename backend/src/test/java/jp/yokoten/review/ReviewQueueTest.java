package jp.yokoten.review;

import static jp.yokoten.template.TemplateFixtures.CHIYODA_REVIEWER;
import static jp.yokoten.template.TemplateFixtures.KOTO_PUBLISHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.yokoten.template.TemplateFixtures;
import jp.yokoten.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The reviewer's two lists: {@code status=pending} (the queue, oldest first) and {@code status=decided} (newest
 * first, with the decision). Other classes share the database, so the test reads every page and checks the order
 * of its own submissions and of the list as a whole, never a position on a shared list.
 */
@QuarkusTest
class ReviewQueueTest {
    @Inject
    TestClock clock;

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    private static List<Map<String, Object>> all(String status) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 0; page < 100; page++) {
            JsonPath p = CHIYODA_REVIEWER.request().queryParams(Map.of("status", status, "page", page, "size", 100)).get("/api/v1/reviews")
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> some = p.getList("items");
            items.addAll(some);
            if (items.size() >= p.getInt("total") || some.isEmpty()) {
                return items;
            }
        }
        throw new AssertionError("more than 10 000 reviews");
    }

    private static int indexOf(List<Map<String, Object>> items, String subject) {
        for (int i = 0; i < items.size(); i++) {
            if (subject.equals(items.get(i).get("subjectId"))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void decidedListsDecisionsNewestFirstWithReasonsAndPendingOnlyTheUndecided() {
        String title = "審査一覧テスト " + UUID.randomUUID();
        clock.pin(OffsetDateTime.parse("2026-09-01T10:00:00+09:00").toInstant());
        TemplateFixtures rejected = TemplateFixtures.draft(KOTO_PUBLISHER, title + " A").withVersion("1.0.0").submitted();
        TemplateFixtures approved = TemplateFixtures.draft(KOTO_PUBLISHER, title + " B").withVersion("1.0.0").submitted();
        TemplateFixtures waiting = TemplateFixtures.draft(KOTO_PUBLISHER, title + " C").withVersion("1.0.0").submitted();
        clock.pin(OffsetDateTime.parse("2026-09-02T10:00:00+09:00").toInstant());
        rejected.rejectedBy(CHIYODA_REVIEWER, "personal-data");
        clock.pin(OffsetDateTime.parse("2026-09-02T10:05:00+09:00").toInstant());
        approved.approvedBy(CHIYODA_REVIEWER);
        clock.release();

        List<Map<String, Object>> decided = all("decided");
        int a = indexOf(decided, rejected.id);
        int b = indexOf(decided, approved.id);
        assertTrue(b >= 0 && a > b, "both decided, the later approval first: " + b + " before " + a);
        assertEquals(-1, indexOf(decided, waiting.id), "an undecided submission is not among the decided");
        for (int i = 1; i < decided.size(); i++) {
            String newer = (String) decided.get(i - 1).get("decidedAt");
            String older = (String) decided.get(i).get("decidedAt");
            assertFalse(OffsetDateTime.parse(newer).isBefore(OffsetDateTime.parse(older)), "newest first at " + i);
        }
        Map<String, Object> r = decided.get(a);
        assertEquals("reject", r.get("decision"));
        assertEquals(List.of("personal-data"), r.get("reasons"));
        assertEquals("個人情報が含まれています", r.get("comment"));
        assertEquals(title + " A", r.get("title"));
        assertEquals("koto", r.get("ownerWard"));
        assertEquals("1.0.0", r.get("version"));
        assertEquals(OffsetDateTime.parse("2026-09-02T10:00:00+09:00").toInstant(), OffsetDateTime.parse((String) r.get("decidedAt")).toInstant());
        assertNotNull(r.get("decidedByName"));
        assertEquals("approve", decided.get(b).get("decision"));

        List<Map<String, Object>> pending = all("pending");
        assertTrue(indexOf(pending, waiting.id) >= 0, "the undecided one waits in the queue");
        assertEquals(-1, indexOf(pending, rejected.id));
        assertEquals(-1, indexOf(pending, approved.id));
        assertEquals(null, pending.get(indexOf(pending, waiting.id)).get("decision"));
    }

    @Test
    void anUnknownStatusIsRefused() {
        CHIYODA_REVIEWER.request().queryParam("status", "open").get("/api/v1/reviews").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("status"));
    }
}
