package jp.yokoten.article;

import static jp.yokoten.template.TemplateFixtures.CHIYODA_REVIEWER;
import static jp.yokoten.template.TemplateFixtures.KOTO_PUBLISHER;
import static jp.yokoten.testing.Personas.*;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

/**
 * Know-how articles (SPEC §13): the story life cycle and visibility rules through the shared publication code,
 * the Japanese search with facets, the template page's list, and refused input that leaves nothing behind.
 */
@QuarkusTest
class ArticleTest {
    static final String BODY = "## 手順\nkintoneの**アクセス権**は、レコード単位で設定します。\n\n<script>alert('x')</script>";

    @Inject
    Db db;

    static Map<String, Object> body(String title, Object... more) {
        Map<String, Object> b = new HashMap<>(Map.of("title", title, "body", BODY, "platform", "kintone", "category", "childcare",
                "tags", List.of("アクセス権", "運用")));
        for (int i = 0; i < more.length; i += 2) {
            b.put((String) more[i], more[i + 1]);
        }
        return b;
    }

    static String create(Persona owner, Map<String, Object> body) {
        return owner.request().contentType(ContentType.JSON).body(body).post("/api/v1/articles")
                .then().statusCode(201).extract().path("id");
    }

    static void submit(Persona owner, String id) {
        owner.request().post("/api/v1/articles/" + id + "/submit").then().statusCode(200);
    }

    static void approve(String id) {
        REVIEWER.request().contentType(ContentType.JSON).body(Map.of("decision", "approve"))
                .post("/api/v1/articles/" + id + "/review").then().statusCode(200).body("status", equalTo("published"));
    }

    static String draft() {
        return create(SUBMITTER, body("レコード単位のアクセス権の設計"));
    }

    static String inReview() {
        String id = draft();
        submit(SUBMITTER, id);
        return id;
    }

    static String published() {
        String id = inReview();
        approve(id);
        return id;
    }

    static String etag(Persona owner, String id) {
        return owner.request().get("/api/v1/articles/" + id).then().statusCode(200).extract().header("ETag");
    }

    static Matrix.Row<String> row(String endpoint, Supplier<String> fixture, BiFunction<RequestSpecification, String, Response> call,
            int... expected) {
        return new Matrix.Row<>(endpoint, fixture, call, expected);
    }

    @TestFactory
    Stream<DynamicTest> everyArticleEndpointAgainstEveryRole() {
        List<Matrix.Row<String>> rows = List.of(
                //                                                             anon staffOwn staffOther pubOwn pubOther reviewer submitter committee admin
                row("GET /articles", () -> null, (r, id) -> r.get("/api/v1/articles"), 401, 200, 200, 200, 200, 200, 200, 403, 200),
                row("POST /articles", () -> null, (r, id) -> r.contentType(ContentType.JSON).body(body("命名規則の手引き")).post("/api/v1/articles"),
                        401, 403, 403, 201, 201, 403, 201, 403, 403),
                row("GET /articles/{id} (draft)", ArticleTest::draft, (r, id) -> r.get("/api/v1/articles/" + id),
                        401, 404, 404, 200, 404, 200, 200, 403, 200),
                row("GET /articles/{id} (in review)", ArticleTest::inReview, (r, id) -> r.get("/api/v1/articles/" + id),
                        401, 404, 404, 200, 404, 200, 200, 403, 200),
                row("GET /articles/{id} (published)", ArticleTest::published, (r, id) -> r.get("/api/v1/articles/" + id),
                        401, 200, 200, 200, 200, 200, 200, 403, 200),
                row("PATCH /articles/{id} (draft)", ArticleTest::draft, (r, id) -> r.contentType("application/merge-patch+json")
                        .header("If-Match", etag(SUBMITTER, id)).body(Map.of("title", "改題")).patch("/api/v1/articles/" + id),
                        401, 403, 403, 200, 404, 403, 200, 403, 403),
                row("PATCH /articles/{id} (published)", ArticleTest::published, (r, id) -> r.contentType("application/merge-patch+json")
                        .header("If-Match", etag(SUBMITTER, id)).body(Map.of("title", "改題")).patch("/api/v1/articles/" + id),
                        401, 403, 403, 409, 403, 403, 409, 403, 403),
                row("POST submit (draft)", ArticleTest::draft, (r, id) -> r.post("/api/v1/articles/" + id + "/submit"),
                        401, 403, 403, 200, 404, 403, 200, 403, 403),
                row("POST review (submitted by minato-lead)", ArticleTest::inReview, (r, id) -> r.contentType(ContentType.JSON)
                        .body(Map.of("decision", "approve")).post("/api/v1/articles/" + id + "/review"),
                        401, 403, 403, 403, 403, 200, 403, 403, 403),
                row("POST archive (published)", ArticleTest::published, (r, id) -> r.post("/api/v1/articles/" + id + "/archive"),
                        401, 403, 403, 200, 403, 403, 200, 403, 200),
                row("GET template articles (published template)", () -> TemplateFixtures.published(SUBMITTER).id,
                        (r, id) -> r.get("/api/v1/templates/" + id + "/articles"), 401, 200, 200, 200, 200, 200, 200, 403, 200),
                row("GET template articles (draft template)", () -> TemplateFixtures.draft(SUBMITTER).id,
                        (r, id) -> r.get("/api/v1/templates/" + id + "/articles"), 401, 404, 404, 200, 404, 200, 200, 403, 200));
        return Matrix.cells(rows);
    }

    @Test
    void draftToPublishedThroughTheSharedReviewQueueWithAuditTrailAndNotifications() {
        KOTO_PUBLISHER.request().get("/api/v1/me").then().statusCode(200); // known to the portal, so it can be notified
        String id = create(KOTO_PUBLISHER, body("LGWAN環境でのkintone利用の注意点"));
        STAFF_OTHER.request().get("/api/v1/articles/" + id).then().statusCode(404);
        KOTO_PUBLISHER.request().post("/api/v1/articles/" + id + "/submit").then().statusCode(200).body("status", equalTo("in_review"));
        KOTO_PUBLISHER.request().post("/api/v1/articles/" + id + "/submit").then().statusCode(409);
        assertEquals(true, pendingArticles().contains(id), "in the shared review queue");
        CHIYODA_REVIEWER.request().contentType(ContentType.JSON)
                .body(Map.of("decision", "reject", "reasons", List.of("missing-description"), "comment", "設定画面の手順を追記してください"))
                .post("/api/v1/articles/" + id + "/review").then().statusCode(200).body("status", equalTo("rejected"));
        KOTO_PUBLISHER.request().get("/api/v1/articles/" + id).then().body("lastReview.decision", equalTo("reject"));
        STAFF_OTHER.request().get("/api/v1/articles/" + id).then().statusCode(404);
        KOTO_PUBLISHER.request().get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.objectId == '" + id + "' }.kind", equalTo("article.rejected"))
                .body("items.find { it.objectId == '" + id + "' }.link", equalTo("/publish/articles/" + id));
        KOTO_PUBLISHER.request().contentType("application/merge-patch+json").header("If-Match", etag(KOTO_PUBLISHER, id))
                .body(Map.of("body", BODY + "\n\n設定画面: アプリの設定 → アクセス権")).patch("/api/v1/articles/" + id)
                .then().statusCode(200).body("status", equalTo("draft"));
        KOTO_PUBLISHER.request().post("/api/v1/articles/" + id + "/submit").then().statusCode(200);
        CHIYODA_REVIEWER.request().contentType(ContentType.JSON).body(Map.of("decision", "approve"))
                .post("/api/v1/articles/" + id + "/review").then().statusCode(200).body("status", equalTo("published"));
        STAFF_OTHER.request().get("/api/v1/articles/" + id).then().statusCode(200).body("body", equalTo(BODY + "\n\n設定画面: アプリの設定 → アクセス権"))
                .body("lastReview", equalTo(null));
        List<String> actions = ADMIN.request().queryParam("objectId", id).queryParam("size", 100).get("/api/v1/audit")
                .then().statusCode(200).extract().jsonPath().getList("items.action");
        assertEquals(List.of("article.approved", "article.submitted", "article.updated", "article.rejected", "article.submitted",
                "article.created"), actions);
        assertEquals(1, db.scalar("SELECT count(*) FROM notification WHERE kind = 'article.approved' AND object_id = '" + id
                + "' AND recipient = 'sub-koto-publisher'"));
    }

    /** Articles waiting in the review queue, every page (oldest first, so earlier tests' items come before). */
    static List<String> pendingArticles() {
        List<String> ids = new java.util.ArrayList<>();
        for (int page = 0; page < 100; page++) {
            JsonPath queue = CHIYODA_REVIEWER.request().queryParam("status", "pending").queryParam("size", 100).queryParam("page", page)
                    .get("/api/v1/reviews").then().statusCode(200).extract().jsonPath();
            ids.addAll(queue.getList("items.findAll { it.subjectType == 'article' }.subjectId"));
            if (queue.getList("items").size() < 100) {
                break;
            }
        }
        return ids;
    }

    @Test
    void theAuthorCannotApproveTheirOwnArticle() {
        String id = inReview();
        SUBMITTER.request().contentType(ContentType.JSON).body(Map.of("decision", "approve"))
                .post("/api/v1/articles/" + id + "/review").then().statusCode(403).contentType("application/problem+json");
        SUBMITTER.request().get("/api/v1/articles/" + id).then().body("status", equalTo("in_review"));
    }

    @Test
    void japaneseSearchFindsPublishedArticlesWithFacetsUnderTheOtherFilters() {
        String tag = "検証" + UUID.randomUUID().toString().substring(0, 8);
        String kintone = create(KOTO_PUBLISHER, body("保育所入所申請のフォーム設計", "tags", List.of(tag), "body", "入力チェックの書き方をまとめました。"));
        String powerApps = create(KOTO_PUBLISHER, body("保育料の計算フロー", "tags", List.of(tag), "platform", "power-apps",
                "category", "finance", "body", "Power Automateで月次処理を自動化する手順。"));
        String hidden = create(KOTO_PUBLISHER, body("保育の下書き", "tags", List.of(tag)));
        for (String id : List.of(kintone, powerApps)) {
            submit(KOTO_PUBLISHER, id);
            approve(id);
        }
        // Two-character Japanese words, several words (AND), full-width Latin, tag filter: the published ones only.
        STAFF_OTHER.request().queryParam("q", "保育").queryParam("tag", tag).get("/api/v1/articles").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", hasItem(kintone)).body("items.id", not(hasItem(hidden)));
        STAFF_OTHER.request().queryParam("q", "保育 ｐｏｗｅｒ").queryParam("tag", tag).get("/api/v1/articles").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(powerApps));
        STAFF_OTHER.request().queryParam("q", "保育 防災").queryParam("tag", tag).get("/api/v1/articles").then().body("total", equalTo(0));
        JsonPath all = STAFF_OTHER.request().queryParam("tag", tag).queryParam("platform", "kintone").get("/api/v1/articles")
                .then().statusCode(200).body("total", equalTo(1)).extract().jsonPath();
        // The platform facet ignores the platform filter; the category facet respects it; the draft counts nowhere.
        assertEquals(Map.of("kintone", 1, "power-apps", 1), facet(all, "platform"));
        assertEquals(Map.of("childcare", 1), facet(all, "category"));
        assertEquals(Map.of("koto", 1), facet(all, "ward"));
        assertEquals(1, facet(all, "tag").get(tag.toLowerCase()), "the tag facet counts under the platform filter");
        // The owning ward's publisher finds the draft among drafts; another ward's does not, not even in counts.
        KOTO_PUBLISHER.request().queryParam("tag", tag).queryParam("status", "draft").get("/api/v1/articles").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(hidden));
        PUB_OTHER.request().queryParam("tag", tag).queryParam("status", "draft").get("/api/v1/articles").then()
                .body("total", equalTo(0)).body("facets.platform.size()", equalTo(0));
        CHIYODA_REVIEWER.request().queryParam("tag", tag).queryParam("status", "draft").get("/api/v1/articles").then().body("total", equalTo(1));
    }

    static Map<String, Integer> facet(JsonPath json, String name) {
        Map<String, Integer> counts = new HashMap<>();
        List<Map<String, Object>> list = json.getList("facets." + name);
        list.forEach(f -> counts.put((String) f.get("value"), ((Number) f.get("count")).intValue()));
        return counts;
    }

    @Test
    void aTemplatePageListsThePublishedArticlesThatLinkIt() {
        TemplateFixtures template = TemplateFixtures.published(PUB_OWN);
        TemplateFixtures kotoDraft = TemplateFixtures.draft(KOTO_PUBLISHER);
        String linked = create(KOTO_PUBLISHER, body("テンプレートの導入手順", "templateIds", List.of(template.id, kotoDraft.id)));
        STAFF_OTHER.request().get("/api/v1/templates/" + template.id + "/articles").then().statusCode(200)
                .body("items.id", not(hasItem(linked)));
        submit(KOTO_PUBLISHER, linked);
        approve(linked);
        STAFF_OTHER.request().get("/api/v1/templates/" + template.id + "/articles").then().statusCode(200)
                .body("items.id", hasItem(linked)).body("total", equalTo(1));
        // A reader from another ward sees the article but not its link to Koto's draft template.
        PUB_OTHER.request().get("/api/v1/articles/" + linked).then().statusCode(200)
                .body("templates.id", hasItem(template.id)).body("templates.id", not(hasItem(kotoDraft.id)));
        KOTO_PUBLISHER.request().get("/api/v1/articles/" + linked).then().body("templates.id", hasItem(kotoDraft.id));
    }

    long state() {
        return db.scalar("SELECT (SELECT count(*) FROM article) + (SELECT count(*) FROM article_template) + (SELECT count(*) FROM article_search)"
                + " + (SELECT count(*) FROM audit_entry) + (SELECT count(*) FROM review)");
    }

    @Test
    void badInputIsRefusedAsProblemJsonAndNothingIsSaved() {
        TemplateFixtures otherWardsDraft = TemplateFixtures.draft(PUB_OWN);
        long before = state();
        List<Map<String, Object>> bad = List.of(
                body("未知のテンプレート", "templateIds", List.of("00000000-0000-4000-8000-000000000000")),
                body("他区の下書き", "templateIds", List.of(otherWardsDraft.id)),
                body("リンク形式", "templateIds", List.of("not-a-uuid")),
                body("未知の基盤", "platform", "notes"),
                body("未知の分類", "category", "space"),
                body("タグが多すぎる", "tags", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11")),
                body("長いタグ", "tags", List.of("あ".repeat(31))),
                body("", "body", "本文"),
                body("本文なし", "body", " "),
                body("未知の項目", "ownerWard", "koto"),
                body("制御文字\u0007"));
        for (Map<String, Object> b : bad) {
            KOTO_PUBLISHER.request().contentType(ContentType.JSON).body(b).post("/api/v1/articles")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        String leak = KOTO_PUBLISHER.request().contentType(ContentType.JSON).body(bad.get(1)).post("/api/v1/articles").then()
                .extract().jsonPath().getString("errors[0].message");
        String unknown = KOTO_PUBLISHER.request().contentType(ContentType.JSON).body(bad.get(0)).post("/api/v1/articles").then()
                .body("errors[0].field", equalTo("templateIds/0")).extract().jsonPath().getString("errors[0].message");
        assertEquals(unknown, leak, "no hint that the other ward's draft exists");
        assertEquals(before, state());

        String id = create(KOTO_PUBLISHER, body("編集の検証"));
        before = state();
        KOTO_PUBLISHER.request().contentType("application/merge-patch+json").body(Map.of("title", "x")).patch("/api/v1/articles/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        KOTO_PUBLISHER.request().contentType("application/merge-patch+json").header("If-Match", "\"99\"").body(Map.of("title", "x"))
                .patch("/api/v1/articles/" + id).then().statusCode(412).contentType("application/problem+json");
        String etag = etag(KOTO_PUBLISHER, id);
        for (Map<String, Object> patch : List.<Map<String, Object>>of(Map.of("platform", "notes"), Map.of("tags", "単独"),
                Map.of("templateIds", List.of(otherWardsDraft.id)), Map.of("title", ""))) {
            KOTO_PUBLISHER.request().contentType("application/merge-patch+json").header("If-Match", etag).body(patch)
                    .patch("/api/v1/articles/" + id).then().statusCode(400).contentType("application/problem+json");
        }
        for (String query : List.of("template=nope", "status=lost", "platform=notes", "category=space", "ward=atlantis", "size=101",
                "q=" + "保".repeat(201), "tag=" + "a".repeat(201))) {
            KOTO_PUBLISHER.request().get("/api/v1/articles?" + query).then().statusCode(400).contentType("application/problem+json");
        }
        KOTO_PUBLISHER.request().get("/api/v1/templates/" + UUID.randomUUID() + "/articles").then().statusCode(404);
        assertEquals(before, state());
        KOTO_PUBLISHER.request().get("/api/v1/articles/" + id).then().body("title", equalTo("編集の検証")).body("platform", equalTo("kintone"));
    }
}
