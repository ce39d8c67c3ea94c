package jp.yokoten.template;

import static jp.yokoten.testing.Matrix.all;
import static jp.yokoten.testing.Matrix.bytes;
import static jp.yokoten.testing.Matrix.csv;
import static jp.yokoten.testing.Matrix.empty;
import static jp.yokoten.testing.Matrix.equalTo;
import static jp.yokoten.testing.Matrix.has;
import static jp.yokoten.testing.Matrix.is;
import static jp.yokoten.testing.Matrix.list;
import static jp.yokoten.testing.Matrix.page;
import static jp.yokoten.testing.Matrix.pageWith;
import static jp.yokoten.testing.Personas.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import jp.yokoten.testing.Matrix;
import jp.yokoten.testing.Zips;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint of the catalog × every kind of caller, each cell asserted. The template under test is
 * owned by Minato and submitted by minato-lead, who is both a Minato publisher and a reviewer.
 */
@QuarkusTest
public class TemplateAuthorizationMatrixTest {

    /** A row of this matrix: the fixture is a template in the state the endpoint name says. */
    static Matrix.Row<TemplateFixtures> row(String endpoint, Supplier<TemplateFixtures> fixture,
            BiFunction<RequestSpecification, TemplateFixtures, Response> call, Matrix.Body<TemplateFixtures> body, int... expected) {
        return new Matrix.Row<>(endpoint, fixture, call, body, expected);
    }

    /** The answer is the fixture template itself. */
    static Matrix.Body<TemplateFixtures> theTemplate() {
        return is("id", t -> t.id);
    }

    /** The answer is the fixture template in {@code status}. */
    static Matrix.Body<TemplateFixtures> theTemplate(String status) {
        return all(theTemplate(), equalTo("status", status));
    }

    static TemplateFixtures draftWithVersion() {
        return TemplateFixtures.draft(SUBMITTER).withVersion("1.0.0");
    }

    /** ETags read while the fixture is built: reading one counts as a view, which must not land inside the cell. */
    static final Map<String, String> ETAGS = new java.util.concurrent.ConcurrentHashMap<>();

    static TemplateFixtures draftWithEtag() {
        TemplateFixtures t = draftWithVersion();
        ETAGS.put(t.id, t.etag());
        return t;
    }

    static TemplateFixtures inReview() {
        return draftWithVersion().submitted();
    }

    /** A draft whose version 1.0.0 has a high finding (a valid individual number). */
    static TemplateFixtures draftWithFinding() {
        return TemplateFixtures.draft(SUBMITTER).withFile("1.0.0", "list.csv", "区分,番号\n住民,123456789018\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static String firstFinding(TemplateFixtures t) {
        return SUBMITTER.request().get("/api/v1/templates/" + t.id + "/versions/1.0.0/findings").then().statusCode(200)
                .extract().path("items[0].id");
    }

    /** The uploaded kintone app, byte for byte a ZIP (it starts with the local-file-header magic "PK"). */
    static Matrix.Body<TemplateFixtures> zip() {
        return all(bytes("application/zip"), (r, t) -> org.junit.jupiter.api.Assertions.assertEquals("PK",
                new String(r.asByteArray(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII)));
    }

    static TemplateFixtures published() {
        return TemplateFixtures.published(SUBMITTER);
    }

    static List<Matrix.Row<TemplateFixtures>> rows() {
        List<Matrix.Row<TemplateFixtures>> rows = new ArrayList<>();
        //                                                                       anon staffOwn staffOther pubOwn pubOther reviewer submitter committee admin
        rows.add(row("GET /platforms", () -> null, (r, t) -> r.get("/api/v1/platforms"), list("$", "slug", "nameJa"), 401, 200, 200, 200, 200, 200, 200, 200, 200));
        rows.add(row("GET /categories", () -> null, (r, t) -> r.get("/api/v1/categories"), list("$", "slug", "nameJa"), 401, 200, 200, 200, 200, 200, 200, 200, 200));
        rows.add(row("POST /templates", () -> null,
                (r, t) -> r.contentType(ContentType.JSON).body(TemplateFixtures.validBody("公用車運転日報")).post("/api/v1/templates"),
                all(has("id"), equalTo("status", "draft"), equalTo("title", "公用車運転日報")), 401, 403, 403, 201, 201, 403, 201, 403, 403));
        rows.add(row("GET /templates/{id} (draft)", TemplateAuthorizationMatrixTest::draftWithVersion,
                (r, t) -> r.get("/api/v1/templates/" + t.id), theTemplate("draft"), 401, 404, 404, 200, 404, 200, 200, 403, 200));
        rows.add(row("GET /templates/{id} (published)", TemplateAuthorizationMatrixTest::published,
                (r, t) -> r.get("/api/v1/templates/" + t.id), theTemplate("published"), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("PATCH /templates/{id} (draft)", TemplateAuthorizationMatrixTest::draftWithEtag,
                (r, t) -> r.contentType("application/merge-patch+json").header("If-Match", ETAGS.get(t.id))
                        .body(Map.of("summary", "更新")).patch("/api/v1/templates/" + t.id),
                all(theTemplate("draft"), equalTo("summary", "更新")), 401, 403, 403, 200, 404, 403, 200, 403, 403));
        rows.add(row("POST /templates/{id}/versions (draft)", TemplateAuthorizationMatrixTest::draftWithVersion,
                (r, t) -> r.multiPart("file", "app.zip", Zips.kintoneApp("v2"), "application/zip").multiPart("version", "2.0.0")
                        .post("/api/v1/templates/" + t.id + "/versions"),
                all(equalTo("version", "2.0.0"), equalTo("fileName", "app.zip")), 401, 403, 403, 201, 404, 403, 201, 403, 403));
        rows.add(row("GET /templates/{id}/versions (draft)", TemplateAuthorizationMatrixTest::draftWithVersion,
                (r, t) -> r.get("/api/v1/templates/" + t.id + "/versions"), pageWith("version", t -> "1.0.0"), 401, 404, 404, 200, 404, 200, 200, 403, 200));
        rows.add(row("GET /templates/{id}/versions (published)", TemplateAuthorizationMatrixTest::published,
                (r, t) -> r.get("/api/v1/templates/" + t.id + "/versions"), pageWith("version", t -> "1.0.0"), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("GET file of a draft version", TemplateAuthorizationMatrixTest::draftWithVersion,
                (r, t) -> r.get("/api/v1/templates/" + t.id + "/versions/1.0.0/file"), zip(), 401, 404, 404, 200, 404, 200, 200, 403, 200));
        rows.add(row("GET file of an approved version", TemplateAuthorizationMatrixTest::published,
                (r, t) -> r.get("/api/v1/templates/" + t.id + "/versions/1.0.0/file"), zip(), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("POST withdraw (approved version)", TemplateAuthorizationMatrixTest::published,
                (r, t) -> r.contentType(ContentType.JSON).body(Map.of("reason", "不具合のため"))
                        .post("/api/v1/templates/" + t.id + "/versions/1.0.0/withdraw"),
                all(equalTo("version", "1.0.0"), equalTo("status", "withdrawn"), equalTo("withdrawnReason", "不具合のため")), 401, 403, 403, 200, 403, 200, 200, 403, 403));
        rows.add(row("POST submit (draft with version)", TemplateAuthorizationMatrixTest::draftWithVersion,
                (r, t) -> r.post("/api/v1/templates/" + t.id + "/submit"), theTemplate("in_review"), 401, 403, 403, 200, 404, 403, 200, 403, 403));
        rows.add(row("GET findings (draft version)", TemplateAuthorizationMatrixTest::draftWithFinding,
                (r, t) -> r.get("/api/v1/templates/" + t.id + "/versions/1.0.0/findings"),
                all(page("id", "rule", "severity"), equalTo("total", 1)), 401, 404, 404, 200, 404, 200, 200, 403, 200));
        rows.add(row("GET findings (approved version)", TemplateAuthorizationMatrixTest::published,
                (r, t) -> r.get("/api/v1/templates/" + t.id + "/versions/1.0.0/findings"), page("id", "rule", "severity"), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("PUT justification (draft version)", TemplateAuthorizationMatrixTest::draftWithFinding,
                (r, t) -> {
                    String finding = firstFinding(t);
                    return r.contentType(ContentType.JSON).body(Map.of("justification", "検査用の架空の番号です"))
                            .put("/api/v1/templates/" + t.id + "/versions/1.0.0/findings/" + finding + "/justification");
                },
                all(has("id"), equalTo("justification", "検査用の架空の番号です")), 401, 403, 403, 200, 404, 403, 200, 403, 403));
        rows.add(row("GET /reviews", () -> null, (r, t) -> r.get("/api/v1/reviews?status=pending"),
                page("id", "subjectId", "submittedBy"), 401, 403, 403, 403, 403, 200, 200, 403, 403));
        rows.add(row("POST review (submitted by minato-lead)", TemplateAuthorizationMatrixTest::inReview,
                (r, t) -> r.contentType(ContentType.JSON).body(Map.of("decision", "approve")).post("/api/v1/templates/" + t.id + "/review"),
                theTemplate("published"), 401, 403, 403, 403, 403, 200, 403, 403, 403));
        rows.add(row("POST archive (published)", TemplateAuthorizationMatrixTest::published,
                (r, t) -> r.post("/api/v1/templates/" + t.id + "/archive"), theTemplate("archived"), 401, 403, 403, 200, 403, 403, 200, 403, 200));
        rows.add(row("GET /templates (search)", () -> null, (r, t) -> r.get("/api/v1/templates?q=避難所"),
                all(page("id", "title", "ownerWard"), has("facets")), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("PUT rating (published)", TemplateAuthorizationMatrixTest::published,
                (r, t) -> r.contentType(ContentType.JSON).body(Map.of("stars", 4)).put("/api/v1/templates/" + t.id + "/rating"),
                all(equalTo("stars", 4), equalTo("mine", true)), 401, 403, 200, 403, 200, 200, 403, 403, 200));
        rows.add(row("DELETE rating (after rating)", TemplateAuthorizationMatrixTest::published,
                (r, t) -> {
                    r.contentType(ContentType.JSON).body(Map.of("stars", 4)).put("/api/v1/templates/" + t.id + "/rating");
                    return r.delete("/api/v1/templates/" + t.id + "/rating");
                },
                empty(), 401, 404, 204, 404, 204, 204, 404, 403, 204));
        rows.add(row("GET ratings (published)", TemplateAuthorizationMatrixTest::published,
                (r, t) -> r.get("/api/v1/templates/" + t.id + "/ratings"), page("stars", "userWard"), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("GET ratings (draft)", TemplateAuthorizationMatrixTest::draftWithVersion,
                (r, t) -> r.get("/api/v1/templates/" + t.id + "/ratings"), page("stars", "userWard"), 401, 404, 404, 200, 404, 200, 200, 403, 200));
        rows.add(row("GET /processes", () -> null, (r, t) -> r.get("/api/v1/processes"), list("$", "id", "nameJa", "nameEn"), 401, 200, 200, 200, 200, 200, 200, 200, 200));
        rows.add(row("POST /processes", () -> null, (r, t) -> r.contentType(ContentType.JSON)
                .body(Map.of("nameJa", "共通業務" + java.util.UUID.randomUUID())).post("/api/v1/processes"),
                has("id", "nameJa"), 401, 403, 403, 403, 403, 403, 403, 403, 201));
        rows.add(row("PUT /processes/{id}", () -> null, (r, t) -> r.contentType(ContentType.JSON)
                .body(Map.of("nameJa", "イベント申込管理", "nameEn", "Event application management"))
                .put("/api/v1/processes/7c1e3f8a-0001-4000-8000-000000000003"),
                all(equalTo("id", "7c1e3f8a-0001-4000-8000-000000000003"), equalTo("nameJa", "イベント申込管理")), 401, 403, 403, 403, 403, 403, 403, 403, 200));
        rows.add(row("PUT adoption (published)", TemplateAuthorizationMatrixTest::published,
                (r, t) -> r.contentType(ContentType.JSON).body(Map.of()).put("/api/v1/templates/" + t.id + "/adoption"),
                all(is("templateId", t -> t.id), has("ward", "version", "adoptedOn")), 401, 201, 201, 201, 201, 201, 201, 403, 403));
        rows.add(row("PUT adoption (draft)", TemplateAuthorizationMatrixTest::draftWithVersion,
                (r, t) -> r.contentType(ContentType.JSON).body(Map.of()).put("/api/v1/templates/" + t.id + "/adoption"),
                Matrix.refusedOnly(), 401, 404, 404, 409, 404, 409, 409, 403, 403));
        rows.add(row("GET template adoptions", TemplateAuthorizationMatrixTest::published,
                (r, t) -> r.get("/api/v1/templates/" + t.id + "/adoptions"), page("ward", "templateId"), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("GET ward adoptions", () -> null, (r, t) -> r.get("/api/v1/wards/koto/adoptions"),
                all(page("ward", "templateId"), (r, t) -> org.junit.jupiter.api.Assertions.assertTrue(
                        r.jsonPath().getList("items.ward").stream().allMatch("koto"::equals), "only Koto's adoptions")), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        Map<String, Matrix.Body<TemplateFixtures>> stats = new java.util.LinkedHashMap<>();
        stats.put("/api/v1/stats/kpis", all(has("fiscalYear", "from", "to"), list("kpis", "value")));
        stats.put("/api/v1/stats/templates", page("templateId", "views", "downloads", "adoptions"));
        stats.put("/api/v1/stats/wards", list("$", "ward", "templatesPublished", "adoptionsMade"));
        stats.put("/api/v1/stats/timeseries?metric=downloads", all(equalTo("metric", "downloads"), list("points")));
        stats.put("/api/v1/stats/kpis (CSV)", csv("fiscal_year,kpi,"));
        stats.put("/api/v1/stats/templates (CSV)", csv("template_id,title,owner_ward,"));
        stats.put("/api/v1/stats/wards (CSV)", csv("ward,name_ja,name_en,"));
        stats.put("/api/v1/stats/timeseries?metric=downloads (CSV)", csv("month,metric,value"));
        stats.forEach((endpoint, body) -> {
            boolean asCsv = endpoint.endsWith(" (CSV)");
            String path = endpoint.replace(" (CSV)", "");
            rows.add(row("GET " + endpoint, () -> null, (r, t) -> (asCsv ? r.accept("text/csv") : r).get(path), body,
                    401, 403, 403, 403, 403, 403, 403, 200, 200));
        });
        rows.add(row("GET /audit", () -> null, (r, t) -> r.get("/api/v1/audit"), page("id", "action", "objectType", "actor"), 401, 403, 403, 403, 403, 200, 200, 403, 200));
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAgainstEveryRole() {
        return Matrix.cells(rows());
    }

    /** The cells of the named rows only: the real-token class replays them through Keycloak. */
    public static Stream<DynamicTest> cells(java.util.Set<String> endpoints) {
        return Matrix.cells(Matrix.only(rows(), endpoints));
    }

}
