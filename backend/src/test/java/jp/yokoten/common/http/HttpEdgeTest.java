package jp.yokoten.common.http;

import static jp.yokoten.template.TemplateFixtures.KOTO_PUBLISHER;
import static jp.yokoten.testing.Personas.STAFF_OTHER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import jp.yokoten.template.TemplateFixtures;
import jp.yokoten.testing.Db;
import jp.yokoten.testing.Persona;
import jp.yokoten.testing.Zips;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** SPEC §12 at the HTTP edge: body limits before parsing, multipart only for uploads, headers, deny by default, metrics. */
@QuarkusTest
class HttpEdgeTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String UNKNOWN = "/api/v1/templates/3f1c2a4e-0000-4000-8000-000000000000";
    private static final String CSP = "default-src 'none'; frame-ancestors 'none'";

    @Inject
    Db db;

    @TestHTTPResource("/")
    URL root;

    private ValidatableResponse refused(int status, String type, Supplier<Response> request) {
        Map<String, Long> before = db.counts();
        ValidatableResponse response = request.get().then().statusCode(status).contentType(PROBLEM)
                .body("status", equalTo(status)).body("type", endsWith(type)).body("title", org.hamcrest.Matchers.notNullValue())
                .body("detail", org.hamcrest.Matchers.notNullValue());
        assertEquals(before, db.counts(), "a refused request changed the database");
        return response;
    }

    /** 3 MB of nested {} : the shape that used to be parsed in full before the 404. */
    private static String nested(int bytes) {
        return "{\"a\":".repeat(bytes / 10) + "1" + "}".repeat(bytes / 10);
    }

    private HttpResponse<String> chunked(Persona p, String method, String path, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(root.toURI().resolve(path))
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))) // unknown length: chunked
                .header("Content-Type", contentType)
                .header("X-Test-User", p.user()).header("X-Test-Roles", String.join(",", p.roles()));
        if (p.ward() != null) {
            b.header("X-Test-Ward", p.ward());
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aJsonBodyOver256KiBIsRefusedWith413BeforeItIsParsed() {
        String body = nested(3_000_000);
        refused(413, "too-large", () -> KOTO_PUBLISHER.request().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body(body).patch(UNKNOWN)).body("detail", containsString("256 KiB"));
        Map<String, Object> big = new java.util.HashMap<>(TemplateFixtures.validBody("大きすぎる本文"));
        big.put("summary", "あ".repeat(90_000)); // 270,000 bytes of otherwise valid JSON
        refused(413, "too-large", () -> KOTO_PUBLISHER.request().contentType(ContentType.JSON).body(big).post("/api/v1/templates"));
        // The connection is still usable afterwards.
        STAFF_OTHER.request().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void aChunkedJsonBodyIsCountedAsItArrives() throws Exception {
        Map<String, Long> before = db.counts();
        HttpResponse<String> tooBig = chunked(KOTO_PUBLISHER, "POST", "/api/v1/templates", "application/json",
                nested(3_000_000).getBytes(StandardCharsets.UTF_8));
        assertEquals(413, tooBig.statusCode());
        assertEquals(PROBLEM, tooBig.headers().firstValue("Content-Type").orElse(""));
        assertTrue(tooBig.body().contains("too-large"), tooBig.body());
        assertEquals(before, db.counts());
        // Within the limit, a chunked body still reaches the resource.
        String valid = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(TemplateFixtures.validBody("分割送信"));
        HttpResponse<String> ok = chunked(KOTO_PUBLISHER, "POST", "/api/v1/templates", "application/json", valid.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, ok.statusCode(), ok.body());
    }

    @Test
    void jsonNestedDeeperThan64LevelsIsABadRequest() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        String deep = "{\"tags\":" + "[".repeat(65) + "]".repeat(65) + "}";
        refused(400, "json-limits", () -> KOTO_PUBLISHER.request().contentType("application/merge-patch+json").header("If-Match", t.etag())
                .body(deep).patch("/api/v1/templates/" + t.id)).body("detail", containsString("64"));
        refused(400, "json-limits", () -> KOTO_PUBLISHER.request().contentType("application/merge-patch+json").header("If-Match", t.etag())
                .body(nested(200_000)).patch(UNKNOWN));
    }

    @Test
    void aDuplicateJsonKeyIsABadRequestNamingTheKey() {
        String twice = "{\"title\":\"一つ目\",\"platform\":\"kintone\",\"category\":\"disaster-prevention\",\"personalData\":\"none\","
                + "\"summary\":\"要約\",\"title\":\"二つ目\"}";
        refused(400, "invalid-input", () -> KOTO_PUBLISHER.request().contentType(ContentType.JSON).body(twice).post("/api/v1/templates"))
                .body("detail", containsString("'title' more than once"))
                .body("errors[0].field", equalTo("title"));
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        refused(400, "invalid-input", () -> KOTO_PUBLISHER.request().contentType("application/merge-patch+json").header("If-Match", t.etag())
                .body("{\"title\":\"a\",\"title\":\"b\"}").patch("/api/v1/templates/" + t.id))
                .body("errors[0].field", equalTo("title"));
    }

    @Test
    void multipartIsRefusedWith415EverywhereButTheUploadRoute() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        refused(415, "unsupported-media-type", () -> KOTO_PUBLISHER.request().multiPart("title", "フォーム").post("/api/v1/templates"))
                .body("detail", containsString("/versions"));
        refused(415, "unsupported-media-type", () -> KOTO_PUBLISHER.request().multiPart("stars", "5").put("/api/v1/templates/" + t.id + "/rating"));
        KOTO_PUBLISHER.request().multiPart("file", "a.zip", Zips.kintoneApp("a"), "application/zip").multiPart("version", "1.0.0")
                .post("/api/v1/templates/" + t.id + "/versions").then().statusCode(201);
    }

    @Test
    void aChangelogOf5000JapaneseCharactersFitsTheFormAndOneMoreIsAFieldError() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        KOTO_PUBLISHER.request().multiPart("file", "a.zip", Zips.kintoneApp("a"), "application/zip").multiPart("version", "1.0.0")
                .multiPart("changelog", "変".repeat(5000)).post("/api/v1/templates/" + t.id + "/versions")
                .then().statusCode(201).body("changelog.length()", equalTo(5000));
        refused(400, "invalid-input", () -> KOTO_PUBLISHER.request().multiPart("file", "a.zip", Zips.kintoneApp("a"), "application/zip")
                .multiPart("version", "1.0.1").multiPart("changelog", "変".repeat(5001)).post("/api/v1/templates/" + t.id + "/versions"))
                .body("errors[0].field", equalTo("changelog"));
    }

    private static void secured(ValidatableResponse r) {
        r.header("X-Content-Type-Options", "nosniff").header("Content-Security-Policy", CSP).header("X-Frame-Options", "DENY");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        ValidatableResponse json = STAFF_OTHER.request().get("/api/v1/me").then().statusCode(200).contentType(ContentType.JSON);
        secured(json);
        json.header("Cache-Control", "no-store");
        ValidatableResponse error = STAFF_OTHER.request().get("/api/v1/templates/not-a-uuid").then().statusCode(400).contentType(PROBLEM);
        secured(error);
        error.header("Cache-Control", "no-store");
        ValidatableResponse anonymous = RestAssured.given().get("/api/v1/me").then().statusCode(401).contentType(PROBLEM);
        secured(anonymous);
        anonymous.header("Cache-Control", "no-store");
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER).withVersion("1.0.0");
        ValidatableResponse file = KOTO_PUBLISHER.request().get("/api/v1/templates/" + t.id + "/versions/1.0.0/file").then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment"));
        secured(file);
        ValidatableResponse tooLarge = KOTO_PUBLISHER.request().contentType(ContentType.JSON).body(nested(1_000_000)).post("/api/v1/templates")
                .then().statusCode(413);
        secured(tooLarge);
    }

    @Test
    void aResourceMethodWithoutSecurityAnnotationIsDeniedToEveryone() {
        RestAssured.given().get("/api/v1/test-unannotated").then().statusCode(401).contentType(PROBLEM);
        STAFF_OTHER.request().get("/api/v1/test-unannotated").then().statusCode(403).contentType(PROBLEM)
                .body("type", endsWith("forbidden"));
    }

    @Test
    void metricsAreServedOnTheManagementPortOnlyAndHealthStaysPublic() {
        RestAssured.given().get("/q/metrics").then().statusCode(404);
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
        int management = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        RestAssured.given().baseUri("http://localhost").port(management).get("/q/metrics")
                .then().statusCode(200).body(containsString("http_server_requests"));
    }
}
