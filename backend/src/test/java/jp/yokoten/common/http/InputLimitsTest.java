package jp.yokoten.common.http;

import static jp.yokoten.template.TemplateFixtures.KOTO_PUBLISHER;
import static jp.yokoten.testing.Personas.ADMIN;
import static jp.yokoten.testing.Personas.COMMITTEE;
import static jp.yokoten.testing.Personas.REVIEWER;
import static jp.yokoten.testing.Personas.STAFF_OTHER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jp.yokoten.template.TemplateFixtures;
import jp.yokoten.testing.Db;
import jp.yokoten.testing.Persona;
import org.junit.jupiter.api.Test;

/** SPEC §12 input ranges: paging depth, dates, query-parameter lengths and If-Match: * are refused with 4xx. */
@QuarkusTest
class InputLimitsTest {
    private static final String PROBLEM = "application/problem+json";
    private static final Persona SUMIDA = Persona.of("sumida staff", "sumida-staff", "sumida", "staff");
    private static final String SOME_ID = "3f1c2a4e-0000-4000-8000-000000000000";

    @Inject
    Db db;

    /** Status, problem+json with the one named field, and the database unchanged. */
    private ValidatableResponse refused(int status, String field, Supplier<Response> request) {
        Map<String, Long> before = db.counts();
        ValidatableResponse response = request.get().then().statusCode(status).contentType(PROBLEM)
                .body("status", equalTo(status))
                .body("type", endsWith(status == 428 ? "precondition-required" : "invalid-input"))
                .body("title", equalTo(status == 428 ? "Precondition required" : "Invalid input"))
                .body("detail", org.hamcrest.Matchers.notNullValue());
        if (field != null) {
            response.body("errors[0].field", equalTo(field));
        }
        assertEquals(before, db.counts(), "a refused request changed the database");
        return response;
    }

    @Test
    void aPageSoDeepThatPageTimesSizeOverflowsIsABadRequestOnEveryPagedList() {
        TemplateFixtures t = TemplateFixtures.published(KOTO_PUBLISHER);
        String deep = "?page=21474837&size=100";
        Map<Persona, List<String>> lists = Map.of(
                STAFF_OTHER, List.of("/api/v1/templates", "/api/v1/stories", "/api/v1/templates/" + t.id + "/ratings",
                        "/api/v1/templates/" + t.id + "/adoptions", "/api/v1/wards/koto/adoptions",
                        "/api/v1/templates/" + t.id + "/versions", "/api/v1/templates/" + t.id + "/stories",
                        "/api/v1/articles", "/api/v1/templates/" + t.id + "/articles"),
                REVIEWER, List.of("/api/v1/reviews", "/api/v1/audit"),
                COMMITTEE, List.of("/api/v1/stats/templates"));
        lists.forEach((persona, paths) -> paths.forEach(path -> refused(400, "page", () -> persona.request().get(path + deep))
                .body("errors[0].message", containsString("too deep"))));
    }

    @Test
    void theDeepestAllowedPageStillAnswersWithAnEmptyPage() {
        STAFF_OTHER.request().get("/api/v1/templates?page=100000&size=100").then().statusCode(200)
                .body("page", equalTo(100000)).body("items.size()", equalTo(0));
        refused(400, "page", () -> STAFF_OTHER.request().get("/api/v1/templates?page=100001&size=100"));
    }

    @Test
    void aTemplateDateOutside2000To2100IsAFieldErrorInCreateAndPatch() {
        Map<String, Object> body = new HashMap<>(TemplateFixtures.validBody("日付の検証"));
        body.put("releasedOn", "+999999-01-01");
        refused(400, "releasedOn", () -> KOTO_PUBLISHER.request().contentType(ContentType.JSON).body(body).post("/api/v1/templates"))
                .body("errors[0].message", containsString("2000-01-01 and 2100-12-31"));
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        for (String date : List.of("-9999999-01-01", "1999-12-31", "2101-01-01")) {
            refused(400, "developmentStartedOn", () -> KOTO_PUBLISHER.request().contentType("application/merge-patch+json")
                    .header("If-Match", t.etag()).body(Map.of("developmentStartedOn", date)).patch("/api/v1/templates/" + t.id));
        }
        KOTO_PUBLISHER.request().contentType("application/merge-patch+json").header("If-Match", t.etag())
                .body(Map.of("developmentStartedOn", "2000-01-01")).patch("/api/v1/templates/" + t.id)
                .then().statusCode(200).body("developmentStartedOn", equalTo("2000-01-01"));
    }

    @Test
    void anAdoptionDateBefore2000IsAFieldError() {
        TemplateFixtures t = TemplateFixtures.published(KOTO_PUBLISHER);
        long adoptions = db.scalar("SELECT count(*) FROM adoption");
        for (String date : List.of("1999-12-31", "-9999999-01-01")) {
            refused(400, "adoptedOn", () -> SUMIDA.request().contentType(ContentType.JSON).body(Map.of("adoptedOn", date))
                    .put("/api/v1/templates/" + t.id + "/adoption"));
        }
        assertEquals(adoptions, db.scalar("SELECT count(*) FROM adoption"));
    }

    @Test
    void auditAndStatisticsDateParametersOutside2000To2100AreFieldErrors() {
        refused(400, "from", () -> ADMIN.request().queryParam("from", "+999999-01-01T00:00:00Z").get("/api/v1/audit"));
        refused(400, "to", () -> ADMIN.request().queryParam("to", "1999-12-31T23:59:59Z").get("/api/v1/audit"));
        refused(400, "fiscalYear", () -> COMMITTEE.request().get("/api/v1/stats/kpis?fiscalYear=999999"));
        refused(400, "fiscalYear", () -> COMMITTEE.request().get("/api/v1/stats/templates?fiscalYear=1999"));
        refused(400, "from", () -> COMMITTEE.request().get("/api/v1/stats/timeseries?metric=downloads&from=1999-12"));
        refused(400, "to", () -> COMMITTEE.request().get("/api/v1/stats/timeseries?metric=downloads&to=+99999-01"));
        ADMIN.request().queryParam("from", "2000-01-01T00:00:00Z").queryParam("to", "2100-12-31T23:59:59+09:00")
                .get("/api/v1/audit").then().statusCode(200);
    }

    @Test
    void overlongFreeTextQueryParametersAreRefusedOnEveryEndpoint() {
        String q3000 = "hoiku ".repeat(500); // 3,000 characters (percent-encoded Japanese would pass Vert.x's 4 KiB request line)
        String long65 = "k".repeat(65);
        refused(400, "q", () -> STAFF_OTHER.request().queryParam("q", q3000).get("/api/v1/templates"));
        refused(400, "q", () -> STAFF_OTHER.request().queryParam("q", "あ".repeat(201)).get("/api/v1/templates"));
        refused(400, "tag", () -> STAFF_OTHER.request().queryParam("tag", long65).get("/api/v1/templates"));
        refused(400, "ward", () -> STAFF_OTHER.request().queryParam("ward", long65).get("/api/v1/templates"));
        refused(400, "q", () -> STAFF_OTHER.request().queryParam("q", q3000).get("/api/v1/stories"));
        refused(400, "ward", () -> STAFF_OTHER.request().queryParam("ward", long65).get("/api/v1/stories"));
        refused(400, "actor", () -> ADMIN.request().queryParam("actor", "a".repeat(256)).get("/api/v1/audit"));
        refused(400, "objectId", () -> ADMIN.request().queryParam("objectId", SOME_ID.repeat(3)).get("/api/v1/audit"));
        refused(400, "ward", () -> COMMITTEE.request().queryParam("ward", long65).get("/api/v1/stats/templates"));
        refused(400, "metric", () -> COMMITTEE.request().queryParam("metric", long65).get("/api/v1/stats/timeseries"));
        // At the cap the search runs.
        STAFF_OTHER.request().queryParam("q", "あ".repeat(200)).get("/api/v1/templates").then().statusCode(200);
        STAFF_OTHER.request().queryParam("q", "あ".repeat(200)).get("/api/v1/stories").then().statusCode(200);
        ADMIN.request().queryParam("actor", "a".repeat(255)).get("/api/v1/audit").then().statusCode(200);
    }

    @Test
    void ifMatchStarIsRefusedWith428AskingForTheETagOnTemplatesAndStories() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        refused(428, null, () -> KOTO_PUBLISHER.request().contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("title", "上書き")).patch("/api/v1/templates/" + t.id))
                .body("detail", containsString("ETag"));
        refused(428, null, () -> KOTO_PUBLISHER.request().contentType("application/merge-patch+json").header("If-Match", t.etag() + ", *")
                .body(Map.of("title", "上書き")).patch("/api/v1/templates/" + t.id));
        String story = KOTO_PUBLISHER.request().contentType(ContentType.JSON)
                .body(Map.of("title", "楽観ロックの検証", "body", "本文"))
                .post("/api/v1/stories").then().statusCode(201).extract().path("id");
        refused(428, null, () -> KOTO_PUBLISHER.request().contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("title", "上書き")).patch("/api/v1/stories/" + story))
                .body("detail", containsString("ETag"));
        KOTO_PUBLISHER.request().get("/api/v1/templates/" + t.id).then().body("title", equalTo("避難所運営管理アプリ"));
    }
}
