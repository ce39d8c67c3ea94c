package jp.yokoten.template;

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
class TemplateAuthorizationMatrixTest {

    /** A row of this matrix: the fixture is a template in the state the endpoint name says. */
    static Matrix.Row<TemplateFixtures> row(String endpoint, Supplier<TemplateFixtures> fixture,
            BiFunction<RequestSpecification, TemplateFixtures, Response> call, int... expected) {
        return new Matrix.Row<>(endpoint, fixture, call, expected);
    }

    static TemplateFixtures draftWithVersion() {
        return TemplateFixtures.draft(SUBMITTER).withVersion("1.0.0");
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

    static TemplateFixtures published() {
        return TemplateFixtures.published(SUBMITTER);
    }

    static List<Matrix.Row<TemplateFixtures>> rows() {
        List<Matrix.Row<TemplateFixtures>> rows = new ArrayList<>();
        //                                                                       anon staffOwn staffOther pubOwn pubOther reviewer submitter committee admin
        rows.add(row("GET /platforms", () -> null, (r, t) -> r.get("/api/v1/platforms"), 401, 200, 200, 200, 200, 200, 200, 200, 200));
        rows.add(row("GET /categories", () -> null, (r, t) -> r.get("/api/v1/categories"), 401, 200, 200, 200, 200, 200, 200, 200, 200));
        rows.add(row("POST /templates", () -> null,
                (r, t) -> r.contentType(ContentType.JSON).body(TemplateFixtures.validBody("公用車運転日報")).post("/api/v1/templates"),
                401, 403, 403, 201, 201, 403, 201, 403, 403));
        rows.add(row("GET /templates/{id} (draft)", TemplateAuthorizationMatrixTest::draftWithVersion,
                (r, t) -> r.get("/api/v1/templates/" + t.id), 401, 404, 404, 200, 404, 200, 200, 403, 200));
        rows.add(row("GET /templates/{id} (published)", TemplateAuthorizationMatrixTest::published,
                (r, t) -> r.get("/api/v1/templates/" + t.id), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("PATCH /templates/{id} (draft)", TemplateAuthorizationMatrixTest::draftWithVersion,
                (r, t) -> r.contentType("application/merge-patch+json").header("If-Match", t.etag())
                        .body(Map.of("summary", "更新")).patch("/api/v1/templates/" + t.id),
                401, 403, 403, 200, 404, 403, 200, 403, 403));
        rows.add(row("POST /templates/{id}/versions (draft)", TemplateAuthorizationMatrixTest::draftWithVersion,
                (r, t) -> r.multiPart("file", "app.zip", Zips.kintoneApp("v2"), "application/zip").multiPart("version", "2.0.0")
                        .post("/api/v1/templates/" + t.id + "/versions"),
                401, 403, 403, 201, 404, 403, 201, 403, 403));
        rows.add(row("GET /templates/{id}/versions (draft)", TemplateAuthorizationMatrixTest::draftWithVersion,
                (r, t) -> r.get("/api/v1/templates/" + t.id + "/versions"), 401, 404, 404, 200, 404, 200, 200, 403, 200));
        rows.add(row("GET /templates/{id}/versions (published)", TemplateAuthorizationMatrixTest::published,
                (r, t) -> r.get("/api/v1/templates/" + t.id + "/versions"), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("GET file of a draft version", TemplateAuthorizationMatrixTest::draftWithVersion,
                (r, t) -> r.get("/api/v1/templates/" + t.id + "/versions/1.0.0/file"), 401, 404, 404, 200, 404, 200, 200, 403, 200));
        rows.add(row("GET file of an approved version", TemplateAuthorizationMatrixTest::published,
                (r, t) -> r.get("/api/v1/templates/" + t.id + "/versions/1.0.0/file"), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("POST withdraw (approved version)", TemplateAuthorizationMatrixTest::published,
                (r, t) -> r.contentType(ContentType.JSON).body(Map.of("reason", "不具合のため"))
                        .post("/api/v1/templates/" + t.id + "/versions/1.0.0/withdraw"),
                401, 403, 403, 200, 403, 200, 200, 403, 403));
        rows.add(row("POST submit (draft with version)", TemplateAuthorizationMatrixTest::draftWithVersion,
                (r, t) -> r.post("/api/v1/templates/" + t.id + "/submit"), 401, 403, 403, 200, 404, 403, 200, 403, 403));
        rows.add(row("GET findings (draft version)", TemplateAuthorizationMatrixTest::draftWithFinding,
                (r, t) -> r.get("/api/v1/templates/" + t.id + "/versions/1.0.0/findings"), 401, 404, 404, 200, 404, 200, 200, 403, 200));
        rows.add(row("GET findings (approved version)", TemplateAuthorizationMatrixTest::published,
                (r, t) -> r.get("/api/v1/templates/" + t.id + "/versions/1.0.0/findings"), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("PUT justification (draft version)", TemplateAuthorizationMatrixTest::draftWithFinding,
                (r, t) -> {
                    String finding = firstFinding(t);
                    return r.contentType(ContentType.JSON).body(Map.of("justification", "検査用の架空の番号です"))
                            .put("/api/v1/templates/" + t.id + "/versions/1.0.0/findings/" + finding + "/justification");
                },
                401, 403, 403, 200, 404, 403, 200, 403, 403));
        rows.add(row("GET /reviews", () -> null, (r, t) -> r.get("/api/v1/reviews?status=pending"),
                401, 403, 403, 403, 403, 200, 200, 403, 403));
        rows.add(row("POST review (submitted by minato-lead)", TemplateAuthorizationMatrixTest::inReview,
                (r, t) -> r.contentType(ContentType.JSON).body(Map.of("decision", "approve")).post("/api/v1/templates/" + t.id + "/review"),
                401, 403, 403, 403, 403, 200, 403, 403, 403));
        rows.add(row("POST archive (published)", TemplateAuthorizationMatrixTest::published,
                (r, t) -> r.post("/api/v1/templates/" + t.id + "/archive"), 401, 403, 403, 200, 403, 403, 200, 403, 200));
        rows.add(row("GET /templates (search)", () -> null, (r, t) -> r.get("/api/v1/templates?q=避難所"),
                401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("PUT rating (published)", TemplateAuthorizationMatrixTest::published,
                (r, t) -> r.contentType(ContentType.JSON).body(Map.of("stars", 4)).put("/api/v1/templates/" + t.id + "/rating"),
                401, 403, 200, 403, 200, 200, 403, 403, 200));
        rows.add(row("DELETE rating (after rating)", TemplateAuthorizationMatrixTest::published,
                (r, t) -> {
                    r.contentType(ContentType.JSON).body(Map.of("stars", 4)).put("/api/v1/templates/" + t.id + "/rating");
                    return r.delete("/api/v1/templates/" + t.id + "/rating");
                },
                401, 404, 204, 404, 204, 204, 404, 403, 204));
        rows.add(row("GET ratings (published)", TemplateAuthorizationMatrixTest::published,
                (r, t) -> r.get("/api/v1/templates/" + t.id + "/ratings"), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("GET ratings (draft)", TemplateAuthorizationMatrixTest::draftWithVersion,
                (r, t) -> r.get("/api/v1/templates/" + t.id + "/ratings"), 401, 404, 404, 200, 404, 200, 200, 403, 200));
        rows.add(row("GET /processes", () -> null, (r, t) -> r.get("/api/v1/processes"), 401, 200, 200, 200, 200, 200, 200, 200, 200));
        rows.add(row("POST /processes", () -> null, (r, t) -> r.contentType(ContentType.JSON)
                .body(Map.of("nameJa", "共通業務" + java.util.UUID.randomUUID())).post("/api/v1/processes"),
                401, 403, 403, 403, 403, 403, 403, 403, 201));
        rows.add(row("PUT /processes/{id}", () -> null, (r, t) -> r.contentType(ContentType.JSON)
                .body(Map.of("nameJa", "イベント申込管理", "nameEn", "Event application management"))
                .put("/api/v1/processes/7c1e3f8a-0001-4000-8000-000000000003"),
                401, 403, 403, 403, 403, 403, 403, 403, 200));
        rows.add(row("PUT adoption (published)", TemplateAuthorizationMatrixTest::published,
                (r, t) -> r.contentType(ContentType.JSON).body(Map.of()).put("/api/v1/templates/" + t.id + "/adoption"),
                401, 201, 201, 201, 201, 201, 201, 403, 403));
        rows.add(row("PUT adoption (draft)", TemplateAuthorizationMatrixTest::draftWithVersion,
                (r, t) -> r.contentType(ContentType.JSON).body(Map.of()).put("/api/v1/templates/" + t.id + "/adoption"),
                401, 404, 404, 409, 404, 409, 409, 403, 403));
        rows.add(row("GET template adoptions", TemplateAuthorizationMatrixTest::published,
                (r, t) -> r.get("/api/v1/templates/" + t.id + "/adoptions"), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("GET ward adoptions", () -> null, (r, t) -> r.get("/api/v1/wards/koto/adoptions"),
                401, 200, 200, 200, 200, 200, 200, 403, 200));
        for (String stats : List.of("/api/v1/stats/kpis", "/api/v1/stats/templates", "/api/v1/stats/wards",
                "/api/v1/stats/timeseries?metric=downloads")) {
            rows.add(row("GET " + stats, () -> null, (r, t) -> r.get(stats), 401, 403, 403, 403, 403, 403, 403, 200, 200));
        }
        rows.add(row("GET /audit", () -> null, (r, t) -> r.get("/api/v1/audit"), 401, 403, 403, 403, 403, 200, 200, 403, 200));
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAgainstEveryRole() {
        return Matrix.cells(rows());
    }
}
