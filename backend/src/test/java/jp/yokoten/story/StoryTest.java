package jp.yokoten.story;

import static jp.yokoten.testing.Personas.*;
import static jp.yokoten.template.TemplateFixtures.CHIYODA_REVIEWER;
import static jp.yokoten.template.TemplateFixtures.KOTO_PUBLISHER;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import jp.yokoten.template.TemplateFixtures;
import jp.yokoten.testing.Db;
import jp.yokoten.testing.Matrix;
import jp.yokoten.testing.Persona;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Success stories: the template workflow and visibility rules, links that must not leak, Markdown as written. */
@QuarkusTest
class StoryTest {
    static final String BODY = "## 背景\n避難所の集計に**毎日3時間**かかっていた。\n\n<script>alert('x')</script>\n[link](javascript:alert(1))";

    @Inject
    Db db;

    @Inject
    jp.yokoten.testing.TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void releaseClock() {
        clock.release();
    }

    static Map<String, Object> body(String title, Object... more) {
        Map<String, Object> b = new HashMap<>(Map.of("title", title, "body", BODY, "hoursSavedPerYear", 120.5,
                "costSavedYen", 1_200_000, "developmentDays", 14, "residentsReached", 5000));
        for (int i = 0; i < more.length; i += 2) {
            b.put((String) more[i], more[i + 1]);
        }
        return b;
    }

    static String create(Persona owner, Map<String, Object> body) {
        return owner.request().contentType(ContentType.JSON).body(body).post("/api/v1/stories")
                .then().statusCode(201).extract().path("id");
    }

    static String draft() {
        return create(SUBMITTER, body("避難所の集計を自動化した話"));
    }

    static String inReview() {
        String id = draft();
        SUBMITTER.request().post("/api/v1/stories/" + id + "/submit").then().statusCode(200);
        return id;
    }

    static String published() {
        String id = inReview();
        REVIEWER.request().contentType(ContentType.JSON).body(Map.of("decision", "approve"))
                .post("/api/v1/stories/" + id + "/review").then().statusCode(200);
        return id;
    }

    static String etag(String id) {
        return SUBMITTER.request().get("/api/v1/stories/" + id).then().statusCode(200).extract().header("ETag");
    }

    static Matrix.Row<String> row(String endpoint, Supplier<String> fixture, BiFunction<RequestSpecification, String, Response> call,
            int... expected) {
        return new Matrix.Row<>(endpoint, fixture, call, expected);
    }

    @TestFactory
    Stream<DynamicTest> everyStoryEndpointAgainstEveryRole() {
        List<Matrix.Row<String>> rows = List.of(
                //                                                             anon staffOwn staffOther pubOwn pubOther reviewer submitter committee admin
                row("GET /stories", () -> null, (r, id) -> r.get("/api/v1/stories"), 401, 200, 200, 200, 200, 200, 200, 403, 200),
                row("POST /stories", () -> null, (r, id) -> r.contentType(ContentType.JSON).body(body("公用車の運転日報")).post("/api/v1/stories"),
                        401, 403, 403, 201, 201, 403, 201, 403, 403),
                row("GET /stories/{id} (draft)", StoryTest::draft, (r, id) -> r.get("/api/v1/stories/" + id),
                        401, 404, 404, 200, 404, 200, 200, 403, 200),
                row("GET /stories/{id} (published)", StoryTest::published, (r, id) -> r.get("/api/v1/stories/" + id),
                        401, 200, 200, 200, 200, 200, 200, 403, 200),
                row("PATCH /stories/{id} (draft)", StoryTest::draft, (r, id) -> r.contentType("application/merge-patch+json")
                        .header("If-Match", etag(id)).body(Map.of("title", "改題")).patch("/api/v1/stories/" + id),
                        401, 403, 403, 200, 404, 403, 200, 403, 403),
                row("POST submit (draft)", StoryTest::draft, (r, id) -> r.post("/api/v1/stories/" + id + "/submit"),
                        401, 403, 403, 200, 404, 403, 200, 403, 403),
                row("POST review (submitted by minato-lead)", StoryTest::inReview, (r, id) -> r.contentType(ContentType.JSON)
                        .body(Map.of("decision", "approve")).post("/api/v1/stories/" + id + "/review"),
                        401, 403, 403, 403, 403, 200, 403, 403, 403),
                row("POST archive (published)", StoryTest::published, (r, id) -> r.post("/api/v1/stories/" + id + "/archive"),
                        401, 403, 403, 200, 403, 403, 200, 403, 200),
                row("GET template stories (published template)", () -> TemplateFixtures.published(SUBMITTER).id,
                        (r, id) -> r.get("/api/v1/templates/" + id + "/stories"), 401, 200, 200, 200, 200, 200, 200, 403, 200),
                row("GET template stories (draft template)", () -> TemplateFixtures.draft(SUBMITTER).id,
                        (r, id) -> r.get("/api/v1/templates/" + id + "/stories"), 401, 404, 404, 200, 404, 200, 200, 403, 200));
        return Matrix.cells(rows);
    }

    @Test
    void draftToPublishedThroughTheSharedReviewQueueWithAuditTrail() {
        String id = create(KOTO_PUBLISHER, body("避難所運営アプリで集計時間を削減"));
        STAFF_OTHER.request().get("/api/v1/stories/" + id).then().statusCode(404); // drafts: the owning ward's publishers and reviewers only
        KOTO_PUBLISHER.request().post("/api/v1/stories/" + id + "/submit").then().statusCode(200).body("status", equalTo("in_review"));
        KOTO_PUBLISHER.request().post("/api/v1/stories/" + id + "/submit").then().statusCode(409);
        CHIYODA_REVIEWER.request().get("/api/v1/reviews?status=pending&size=100").then().statusCode(200)
                .body("items.findAll { it.subjectType == 'story' }.subjectId", hasItem(id));
        CHIYODA_REVIEWER.request().contentType(ContentType.JSON)
                .body(Map.of("decision", "reject", "reasons", List.of("missing-description"), "comment", "数値の根拠を追記してください"))
                .post("/api/v1/stories/" + id + "/review").then().statusCode(200).body("status", equalTo("rejected"));
        KOTO_PUBLISHER.request().get("/api/v1/stories/" + id).then().body("lastReview.decision", equalTo("reject"));
        KOTO_PUBLISHER.request().contentType("application/merge-patch+json").header("If-Match", etag(id))
                .body(Map.of("body", BODY + "\n\n根拠: 2025年度の業務日誌")).patch("/api/v1/stories/" + id)
                .then().statusCode(200).body("status", equalTo("draft"));
        KOTO_PUBLISHER.request().post("/api/v1/stories/" + id + "/submit").then().statusCode(200);
        CHIYODA_REVIEWER.request().contentType(ContentType.JSON).body(Map.of("decision", "approve"))
                .post("/api/v1/stories/" + id + "/review").then().statusCode(200).body("status", equalTo("published"));
        List<String> actions = ADMIN.request().queryParam("objectId", id).queryParam("size", 100).get("/api/v1/audit")
                .then().statusCode(200).extract().jsonPath().getList("items.action");
        assertEquals(List.of("story.approved", "story.submitted", "story.updated", "story.rejected", "story.submitted", "story.created"), actions);
    }

    @Test
    void theSubmitterCannotApproveTheirOwnStory() {
        String id = inReview();
        SUBMITTER.request().contentType(ContentType.JSON).body(Map.of("decision", "approve"))
                .post("/api/v1/stories/" + id + "/review").then().statusCode(403);
    }

    @Test
    void markdownIsStoredAndReturnedAsWrittenNeverAsHtml() {
        String id = create(KOTO_PUBLISHER, body("Markdownの確認"));
        String json = KOTO_PUBLISHER.request().get("/api/v1/stories/" + id).then().statusCode(200)
                .body("body", equalTo(BODY)).extract().asString();
        assertEquals(-1, json.indexOf("<h2>"));
        assertEquals(BODY, db.texts("SELECT body FROM story WHERE id = '" + id + "'").get(0));
    }

    @Test
    void linkingAnotherWardsUnpublishedTemplateIsRefusedLikeAnUnknownId() {
        TemplateFixtures minatoDraft = TemplateFixtures.draft(PUB_OWN);
        TemplateFixtures minatoPublished = TemplateFixtures.published(PUB_OWN);
        TemplateFixtures kotoDraft = TemplateFixtures.draft(KOTO_PUBLISHER);
        String refusedStories = "SELECT count(*) FROM story WHERE owner_ward = 'koto' AND title IN ('他区の下書き', '不明')";
        var before = db.scalar(refusedStories);
        var leak = KOTO_PUBLISHER.request().contentType(ContentType.JSON).body(body("他区の下書き", "templateIds", List.of(minatoDraft.id)))
                .post("/api/v1/stories").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("templateIds/0")).extract().asString();
        var unknown = KOTO_PUBLISHER.request().contentType(ContentType.JSON)
                .body(body("不明", "templateIds", List.of("00000000-0000-4000-8000-000000000000"))).post("/api/v1/stories")
                .then().statusCode(400).extract().jsonPath().getString("errors[0].message");
        assertEquals(unknown, io.restassured.path.json.JsonPath.from(leak).getString("errors[0].message"), "no hint that the draft exists");
        assertEquals(before, db.scalar(refusedStories));

        String id = create(KOTO_PUBLISHER, body("連携", "templateIds", List.of(minatoPublished.id, kotoDraft.id)));
        KOTO_PUBLISHER.request().get("/api/v1/stories/" + id).then().body("templates.id", hasItem(kotoDraft.id))
                .body("templates.id", hasItem(minatoPublished.id));
        KOTO_PUBLISHER.request().post("/api/v1/stories/" + id + "/submit").then().statusCode(200);
        CHIYODA_REVIEWER.request().contentType(ContentType.JSON).body(Map.of("decision", "approve"))
                .post("/api/v1/stories/" + id + "/review").then().statusCode(200);
        // A reader from another ward sees the published story but not the link to Koto's draft template.
        PUB_OTHER.request().get("/api/v1/stories/" + id).then().statusCode(200)
                .body("templates.id", not(hasItem(kotoDraft.id))).body("templates.id", hasItem(minatoPublished.id));
        STAFF_OTHER.request().get("/api/v1/templates/" + minatoPublished.id + "/stories").then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        // Every row this test could write carries the pinned instant, so the counts ignore other classes' rows.
        java.time.Instant at = java.time.OffsetDateTime.parse("2026-10-07T09:00:00+09:00").toInstant();
        clock.pin(at);
        String written = "SELECT (SELECT count(*) FROM story WHERE created_at = '" + at + "' OR updated_at = '" + at + "')"
                + " + (SELECT count(*) FROM audit_entry WHERE at = '" + at + "')";
        var before = db.scalar(written);
        List<Map<String, Object>> bad = List.of(
                body("長すぎる本文", "body", "a".repeat(100_001)), // ASCII: 100,001 Japanese characters exceed the 256 KiB body limit (413)
                body("負の数値", "hoursSavedPerYear", -1),
                body("負の金額", "costSavedYen", -100),
                body("型違い", "developmentDays", "十四"),
                body("小数の日数", "residentsReached", 1.5),
                body("", "body", "本文"),
                body("未知の項目", "ownerWard", "koto"),
                body("制御文字\u0007"),
                body("リンク形式", "templateIds", List.of("not-a-uuid")));
        for (Map<String, Object> b : bad) {
            KOTO_PUBLISHER.request().contentType(ContentType.JSON).body(b).post("/api/v1/stories")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        assertEquals(before, db.scalar(written), "no story and no audit entry from the refused creations");
        String id = create(KOTO_PUBLISHER, body("編集の検証"));
        clock.pin(at.plusSeconds(60));
        written = written.replace(at.toString(), at.plusSeconds(60).toString());
        before = db.scalar(written);
        KOTO_PUBLISHER.request().contentType("application/merge-patch+json").body(Map.of("title", "x")).patch("/api/v1/stories/" + id)
                .then().statusCode(428);
        KOTO_PUBLISHER.request().contentType("application/merge-patch+json").header("If-Match", "\"99\"").body(Map.of("title", "x"))
                .patch("/api/v1/stories/" + id).then().statusCode(412);
        KOTO_PUBLISHER.request().contentType("application/merge-patch+json").header("If-Match", etag(id))
                .body(Map.of("costSavedYen", -5)).patch("/api/v1/stories/" + id).then().statusCode(400);
        KOTO_PUBLISHER.request().get("/api/v1/stories?template=nope").then().statusCode(400);
        KOTO_PUBLISHER.request().get("/api/v1/stories?status=lost").then().statusCode(400);
        assertEquals(before, db.scalar(written), "no edit and no audit entry from the refused patches");
        KOTO_PUBLISHER.request().get("/api/v1/stories/" + id).then().body("title", equalTo("編集の検証"));
    }

    static java.math.BigDecimal kpi(String id) {
        Object value = COMMITTEE.request().get("/api/v1/stats/kpis").then().statusCode(200).extract().jsonPath()
                .get("kpis.find { it.id == '" + id + "' }.value");
        return new java.math.BigDecimal(String.valueOf(value));
    }

    static java.math.BigDecimal kotoStories() {
        Object value = COMMITTEE.request().get("/api/v1/stats/wards").then().statusCode(200).extract().jsonPath()
                .get("find { it.ward == 'koto' }.hoursSavedStories");
        return new java.math.BigDecimal(String.valueOf(value));
    }

    @Test
    void publishedStoryFiguresFeedTheStatisticsApartFromClaimsAndMeasurements() {
        TemplateFixtures template = TemplateFixtures.published(KOTO_PUBLISHER);
        var stories = kpi("storiesPublished");
        var hours = kpi("hoursSavedStories");
        var claimed = kpi("hoursSavedClaimed");
        var ward = kotoStories();
        String id = create(KOTO_PUBLISHER, body("統計への反映", "templateIds", List.of(template.id)));
        assertEquals(stories, kpi("storiesPublished"), "drafts do not count");
        KOTO_PUBLISHER.request().post("/api/v1/stories/" + id + "/submit").then().statusCode(200);
        CHIYODA_REVIEWER.request().contentType(ContentType.JSON).body(Map.of("decision", "approve"))
                .post("/api/v1/stories/" + id + "/review").then().statusCode(200);
        assertEquals(stories.add(java.math.BigDecimal.ONE), kpi("storiesPublished"));
        assertEquals(0, hours.add(new java.math.BigDecimal("120.5")).compareTo(kpi("hoursSavedStories")));
        assertEquals(0, claimed.compareTo(kpi("hoursSavedClaimed")), "story evidence is not mixed into publishers' claims");
        assertEquals(0, ward.add(new java.math.BigDecimal("120.5")).compareTo(kotoStories()));
        Object perTemplate = null;
        for (int page = 0; perTemplate == null && page < 100; page++) { // other tests add Koto templates too
            var json = COMMITTEE.request().queryParam("ward", "koto").queryParam("size", 100).queryParam("page", page)
                    .get("/api/v1/stats/templates").then().statusCode(200).extract().jsonPath();
            perTemplate = json.get("items.find { it.templateId == '" + template.id + "' }.hoursStories");
            if (json.getList("items").isEmpty()) {
                break;
            }
        }
        assertEquals(0, new java.math.BigDecimal("120.5").compareTo(new java.math.BigDecimal(String.valueOf(perTemplate))));
    }

    @Test
    void storiesAreFoundByTheSameJapaneseSearchIncludingTwoCharacterWords() {
        String id = create(KOTO_PUBLISHER, body("公用車の運転日報をデジタル化", "body", "紙の日報を廃止するDX化で、月次集計を自動化しました。"));
        KOTO_PUBLISHER.request().post("/api/v1/stories/" + id + "/submit").then().statusCode(200);
        CHIYODA_REVIEWER.request().contentType(ContentType.JSON).body(Map.of("decision", "approve"))
                .post("/api/v1/stories/" + id + "/review").then().statusCode(200);
        // Full-width letters and an ideographic space, as typed on a Japanese keyboard, find the half-width "DX化".
        for (String q : List.of("日報", "公用車", "ＤＸ化　日報", "dx化", "集計 自動化")) {
            STAFF_OTHER.request().queryParam("q", q).get("/api/v1/stories").then().statusCode(200).body("items.id", hasItem(id));
        }
        STAFF_OTHER.request().queryParam("q", "日報 保育").get("/api/v1/stories").then().body("items.id", not(hasItem(id)));
        STAFF_OTHER.request().queryParam("ward", "koto").queryParam("size", 100).get("/api/v1/stories").then().body("items.id", hasItem(id));
    }

    @Test
    void anArchivedStoryIsHiddenFromListsSearchAndDetailExceptForItsWardAndOverseers() {
        String title = "保育料の口座振替を電子化 " + java.util.UUID.randomUUID();
        String id = create(KOTO_PUBLISHER, body(title, "body", "口座振替の申込を紙から電子申請に切り替えた。"));
        KOTO_PUBLISHER.request().post("/api/v1/stories/" + id + "/submit").then().statusCode(200);
        CHIYODA_REVIEWER.request().contentType(ContentType.JSON).body(Map.of("decision", "approve"))
                .post("/api/v1/stories/" + id + "/review").then().statusCode(200);
        for (jp.yokoten.testing.Persona other : List.of(STAFF_OTHER, PUB_OTHER)) {
            other.request().get("/api/v1/stories/" + id).then().statusCode(200).body("title", equalTo(title));
            other.request().queryParam("q", "口座振替").get("/api/v1/stories").then().statusCode(200).body("items.id", hasItem(id));
        }

        KOTO_PUBLISHER.request().post("/api/v1/stories/" + id + "/archive").then().statusCode(200).body("status", equalTo("archived"));
        for (jp.yokoten.testing.Persona other : List.of(STAFF_OTHER, PUB_OTHER, STAFF_OWN)) {
            other.request().get("/api/v1/stories/" + id).then().statusCode(404).contentType("application/problem+json")
                    .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(title)));
            other.request().queryParam("q", "口座振替").get("/api/v1/stories").then().statusCode(200).body("items.id", not(hasItem(id)));
            other.request().queryParams(Map.of("ward", "koto", "size", 100)).get("/api/v1/stories").then().statusCode(200)
                    .body("items.id", not(hasItem(id)));
            other.request().queryParams(Map.of("status", "archived", "size", 100)).get("/api/v1/stories").then()
                    .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(id)));
        }
        KOTO_PUBLISHER.request().get("/api/v1/stories/" + id).then().statusCode(200).body("status", equalTo("archived"));
        REVIEWER.request().get("/api/v1/stories/" + id).then().statusCode(200).body("status", equalTo("archived"));
        KOTO_PUBLISHER.request().post("/api/v1/stories/" + id + "/archive").then().statusCode(409).contentType("application/problem+json");
    }
}
