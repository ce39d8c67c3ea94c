package jp.yokoten.template;

import static jp.yokoten.template.TemplateFixtures.KOTO_PUBLISHER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.yokoten.testing.Db;
import jp.yokoten.testing.Zips;
import org.junit.jupiter.api.Test;

/** Every bad input gets a 4xx problem+json naming the problem, and the database stays as it was. */
@QuarkusTest
class TemplateInputValidationTest {
    @Inject
    Db db;

    /** Runs the request and asserts status, problem+json and unchanged row counts. */
    private ValidatableResponse refused(int status, Supplier<io.restassured.response.Response> request) {
        Map<String, Long> before = db.counts();
        ValidatableResponse response = request.get().then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status));
        assertEquals(before, db.counts(), "a refused request changed the database");
        return response;
    }

    private static Map<String, Object> body(Object... overrides) {
        Map<String, Object> body = new HashMap<>(TemplateFixtures.validBody("避難所運営管理アプリ"));
        for (int i = 0; i < overrides.length; i += 2) {
            body.put((String) overrides[i], overrides[i + 1]);
        }
        return body;
    }

    private io.restassured.response.Response create(Object payload) {
        return KOTO_PUBLISHER.request().contentType(ContentType.JSON).body(payload).when().post("/api/v1/templates");
    }

    @Test
    void malformedJsonIsRefused() {
        refused(400, () -> create("{\"title\": \"避難所\", ")).body("type", containsString("malformed-json"));
    }

    @Test
    void ownerWardInTheBodyIsAnUnknownField() {
        refused(400, () -> create(body("ownerWard", "minato"))).body("errors[0].field", equalTo("ownerWard"));
    }

    @Test
    void wrongTypesNameTheField() {
        refused(400, () -> create(body("hoursSavedPerYear", "many"))).body("errors[0].field", equalTo("hoursSavedPerYear"));
        refused(400, () -> create(body("releasedOn", "2026-13-45"))).body("errors[0].field", equalTo("releasedOn"));
        refused(400, () -> create(body("derivedFrom", "not-a-uuid"))).body("errors[0].field", equalTo("derivedFrom"));
        refused(400, () -> create(body("tags", "防災"))).body("errors[0].field", equalTo("tags"));
    }

    @Test
    void overLongAndMissingFieldsAreListed() {
        refused(400, () -> create(body("title", "長".repeat(121)))).body("errors.field", hasItem("title"));
        refused(400, () -> create(body("summary", "あ".repeat(201)))).body("errors.field", hasItem("summary"));
        Map<String, Object> missing = body();
        missing.remove("title");
        missing.remove("personalData");
        refused(400, () -> create(missing)).body("errors.field", hasItem("title")).body("errors.field", hasItem("personalData"));
    }

    @Test
    void controlCharactersAreRefused() {
        refused(400, () -> create(body("title", "避難所\u0007管理"))).body("errors[0].field", equalTo("title"));
        refused(400, () -> create(body("tags", java.util.List.of("防災\n")))).body("errors[0].field", containsString("tags"));
    }

    @Test
    void businessRulesNameTheirFields() {
        refused(400, () -> create(body("platform", "lotus-notes"))).body("errors[0].field", equalTo("platform"));
        refused(400, () -> create(body("personalData", "contains"))).body("errors[0].field", equalTo("personalDataNote"));
        refused(400, () -> create(body("developmentStartedOn", "2026-04-10", "releasedOn", "2026-04-01")))
                .body("errors[0].field", equalTo("releasedOn"));
        refused(400, () -> create(body("releasedOn", "2099-01-01"))).body("errors[0].field", equalTo("releasedOn"));
        refused(400, () -> create(body("derivedFrom", UUID.randomUUID().toString()))).body("errors[0].field", equalTo("derivedFrom"));
        refused(400, () -> create(body("hoursSavedPerYear", -1))).body("errors[0].field", equalTo("hoursSavedPerYear"));
    }

    @Test
    void patchIsRefusedWithoutOrWithStaleEtagAndWithBadFields() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        String etag = t.etag();
        refused(428, () -> KOTO_PUBLISHER.request().contentType("application/merge-patch+json").body(Map.of("summary", "x"))
                .patch("/api/v1/templates/" + t.id));
        refused(412, () -> KOTO_PUBLISHER.request().contentType("application/merge-patch+json").header("If-Match", "\"999\"")
                .body(Map.of("summary", "x")).patch("/api/v1/templates/" + t.id));
        refused(400, () -> KOTO_PUBLISHER.request().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("status", "published")).patch("/api/v1/templates/" + t.id)).body("errors[0].field", equalTo("status"));
        refused(400, () -> KOTO_PUBLISHER.request().contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"title\": null}").patch("/api/v1/templates/" + t.id)).body("errors[0].field", equalTo("title"));
        refused(400, () -> KOTO_PUBLISHER.request().contentType("application/merge-patch+json").header("If-Match", etag)
                .body("[1,2]").patch("/api/v1/templates/" + t.id));
        assertEquals(etag, t.etag(), "refused patches must not bump the ETag");
    }

    private io.restassured.response.Response upload(String id, String version, String fileName, byte[] content) {
        return KOTO_PUBLISHER.request().multiPart("file", fileName, content, "application/octet-stream")
                .multiPart("version", version).when().post("/api/v1/templates/" + id + "/versions");
    }

    @Test
    void invalidOrNonIncreasingVersionsAreRefused() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER).withVersion("1.2.0");
        byte[] zip = Zips.kintoneApp("x");
        for (String bad : new String[] {"1.0", "v1.3.0", "1.3.0-beta", "01.3.0", "", "1.3.0\n"}) {
            refused(400, () -> upload(t.id, bad, "a.zip", zip)).body("errors[0].field", equalTo("version"));
        }
        refused(409, () -> upload(t.id, "1.2.0", "a.zip", zip));
        refused(409, () -> upload(t.id, "1.1.9", "a.zip", zip)).body("detail", containsString("1.2.0"));
    }

    @Test
    void filesAreCheckedByContent() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        refused(400, () -> upload(t.id, "1.0.0", "empty.zip", new byte[0])).body("errors[0].field", equalTo("file"));
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        refused(400, () -> upload(t.id, "1.0.0", "setup.zip", exe)).body("errors[0].message", containsString("not accepted"));
        refused(400, () -> upload(t.id, "1.0.0", "script.csv", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8)));
        refused(400, () -> upload(t.id, "1.0.0", "broken.json", "{\"a\": [1, 2".getBytes(StandardCharsets.UTF_8)));
        refused(400, () -> upload(t.id, "1.0.0", "../../etc/passwd.zip", Zips.kintoneApp("x")));
        refused(400, () -> upload(t.id, "1.0.0", "bell\u0007.zip", Zips.kintoneApp("x")));
        refused(400, () -> KOTO_PUBLISHER.request().multiPart("version", "1.0.0").post("/api/v1/templates/" + t.id + "/versions"))
                .body("errors.field", hasItem("file"));
    }

    @Test
    void zipsWithTraversalOrBombsAreRefused() throws Exception {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        byte[] small = "x".getBytes(StandardCharsets.UTF_8);
        refused(400, () -> upload(t.id, "1.0.0", "t.zip", Zips.of(Map.of("../../outside.txt", small))))
                .body("errors[0].message", containsString("unsafe entry"));
        refused(400, () -> upload(t.id, "1.0.0", "t.zip", Zips.of(Map.of("/etc/cron.d/evil", small))));
        refused(400, () -> upload(t.id, "1.0.0", "t.zip", Zips.of(Map.of("C:\\Windows\\evil.dll", small))));

        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        refused(400, () -> upload(t.id, "1.0.0", "bomb.zip", bomb.toByteArray()))
                .body("errors[0].message", containsString("zip bomb"));
    }

    @Test
    void allowedKindsAreAccepted() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        upload(t.id, "1.0.0", "申請一覧.csv", "受付番号,氏名区分,件数\n1,A,3\n".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(201).body("mediaType", equalTo("text/csv"));
        upload(t.id, "1.0.1", "logo-form.json", "{\"form\": {\"title\": \"アンケート\"}}".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(201).body("mediaType", equalTo("application/json"));
        upload(t.id, "1.0.2", "手順書.pdf", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1))
                .then().statusCode(201).body("mediaType", equalTo("application/pdf"));
        upload(t.id, "1.0.3", "集計.xlsx", Zips.of(Map.of("[Content_Types].xml", "<Types/>".getBytes(), "xl/workbook.xml", "<workbook/>".getBytes())))
                .then().statusCode(201).body("mediaType", equalTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void badPagingAndIdsAreRefused() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        refused(400, () -> KOTO_PUBLISHER.request().queryParam("size", 101).get("/api/v1/templates/" + t.id + "/versions"))
                .body("errors[0].field", equalTo("size"));
        refused(400, () -> KOTO_PUBLISHER.request().queryParam("page", -1).get("/api/v1/templates/" + t.id + "/versions"))
                .body("errors[0].field", equalTo("page"));
        refused(400, () -> KOTO_PUBLISHER.request().queryParam("size", "ten").get("/api/v1/templates/" + t.id + "/versions"));
        refused(404, () -> KOTO_PUBLISHER.request().get("/api/v1/templates/" + UUID.randomUUID()));
        refused(400, () -> KOTO_PUBLISHER.request().get("/api/v1/templates/not-a-uuid")).body("errors[0].field", equalTo("id"));
        refused(404, () -> KOTO_PUBLISHER.request().get("/api/v1/templates/" + t.id + "/versions/9.9.9/file"));
        refused(400, () -> TemplateFixtures.CHIYODA_REVIEWER.request().queryParam("status", "all").get("/api/v1/reviews"));
    }
}
