package jp.yokoten.template;

import static jp.yokoten.template.TemplateFixtures.CHIYODA_REVIEWER;
import static jp.yokoten.template.TemplateFixtures.KOTO_PUBLISHER;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import jp.yokoten.testing.Persona;
import jp.yokoten.testing.Zips;
import org.junit.jupiter.api.Test;

/** The life cycle of SPEC §4, step by step, each step leaving its audit entry. */
@QuarkusTest
class TemplateWorkflowTest {
    static final Persona SHINAGAWA_STAFF = Persona.of("shinagawa staff", "shinagawa-staff", "shinagawa", "staff");
    static final Persona ADMIN = Persona.of("admin", "portal-admin", null, "staff", "admin");
    static final Persona MINATO_LEAD = Persona.of("minato lead", "minato-lead", "minato", "staff", "publisher", "reviewer");

    private static List<String> auditActions(String id) {
        return ADMIN.request().queryParam("objectId", id).queryParam("size", 100).when().get("/api/v1/audit")
                .then().statusCode(200).extract().jsonPath().getList("items.action");
    }

    /** The whole queue, page by page; also checks that it is ordered oldest first. */
    private static List<String> pendingReviewIds() {
        List<String> ids = new java.util.ArrayList<>();
        List<String> times = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            var json = CHIYODA_REVIEWER.request().queryParam("size", 100).queryParam("page", page).get("/api/v1/reviews")
                    .then().statusCode(200).extract().jsonPath();
            List<String> pageIds = json.getList("items.subjectId");
            ids.addAll(pageIds);
            times.addAll(json.getList("items.submittedAt"));
            if (pageIds.size() < 100) {
                break;
            }
        }
        List<java.time.OffsetDateTime> parsed = times.stream().map(java.time.OffsetDateTime::parse).toList();
        assertEquals(parsed.stream().sorted().toList(), parsed, "queue is oldest first");
        return ids;
    }

    @Test
    void approvedTemplateBecomesVisibleToOtherWards() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER).withVersion("1.0.0");
        SHINAGAWA_STAFF.request().get("/api/v1/templates/" + t.id).then().statusCode(404);

        t.submitted();
        KOTO_PUBLISHER.request().get("/api/v1/templates/" + t.id).then().statusCode(200).body("status", equalTo("in_review"));
        assertTrue(pendingReviewIds().contains(t.id), "the submission waits in the review queue");
        SHINAGAWA_STAFF.request().get("/api/v1/templates/" + t.id).then().statusCode(404);

        t.approvedBy(CHIYODA_REVIEWER);
        SHINAGAWA_STAFF.request().get("/api/v1/templates/" + t.id).then().statusCode(200)
                .body("status", equalTo("published"))
                .body("ownerWard", equalTo("koto"))
                .body("latestVersion", equalTo("1.0.0"))
                .body("lastReview", nullValue());
        assertFalse(pendingReviewIds().contains(t.id), "a decided submission leaves the queue");
        assertEquals(List.of("template.approved", "template.submitted", "version.uploaded", "template.created"), auditActions(t.id));
    }

    @Test
    void rejectedTemplateReturnsToDraftWhenEditedAndCanBeResubmitted() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER).withVersion("1.0.0").submitted()
                .rejectedBy(CHIYODA_REVIEWER, "personal-data");
        KOTO_PUBLISHER.request().get("/api/v1/templates/" + t.id).then().statusCode(200)
                .body("status", equalTo("rejected"))
                .body("lastReview.decision", equalTo("reject"))
                .body("lastReview.reasons", contains("personal-data"))
                .body("lastReview.comment", equalTo("個人情報が含まれています"));

        KOTO_PUBLISHER.request().contentType("application/merge-patch+json").header("If-Match", t.etag())
                .body(Map.of("personalData", "anonymised", "personalDataNote", "氏名は削除済み"))
                .when().patch("/api/v1/templates/" + t.id)
                .then().statusCode(200).body("status", equalTo("draft")).body("personalData", equalTo("anonymised"));

        t.submitted().approvedBy(CHIYODA_REVIEWER);
        SHINAGAWA_STAFF.request().get("/api/v1/templates/" + t.id).then().statusCode(200).body("latestVersion", equalTo("1.0.0"));
        assertEquals(List.of("template.approved", "template.submitted", "template.updated", "template.rejected",
                "template.submitted", "version.uploaded", "template.created"), auditActions(t.id));
    }

    @Test
    void newVersionOfPublishedTemplateIsReviewedOnItsOwn() throws java.io.IOException {
        TemplateFixtures t = TemplateFixtures.published(KOTO_PUBLISHER).withVersion("1.1.0").submitted();
        SHINAGAWA_STAFF.request().get("/api/v1/templates/" + t.id).then().statusCode(200)
                .body("status", equalTo("published")).body("latestVersion", equalTo("1.0.0"));
        SHINAGAWA_STAFF.request().get("/api/v1/templates/" + t.id + "/versions").then().statusCode(200)
                .body("items.version", contains("1.0.0")).body("total", equalTo(1));
        SHINAGAWA_STAFF.request().get("/api/v1/templates/" + t.id + "/versions/1.1.0/file").then().statusCode(404);
        assertEquals(appJson("避難所運営 1.0.0"), downloadedAppJson(t.id, "1.0.0"), "the approved file, not the one in review");
        KOTO_PUBLISHER.request().get("/api/v1/templates/" + t.id + "/versions").then()
                .body("items.version", contains("1.1.0", "1.0.0")).body("items.status", contains("in_review", "approved"));

        t.approvedBy(CHIYODA_REVIEWER);
        SHINAGAWA_STAFF.request().get("/api/v1/templates/" + t.id).then().body("latestVersion", equalTo("1.1.0"));
        assertEquals(appJson("避難所運営 1.1.0"), downloadedAppJson(t.id, "1.1.0"));
        assertEquals(appJson("避難所運営 1.0.0"), downloadedAppJson(t.id, "1.0.0"), "each version keeps its own bytes");
        SHINAGAWA_STAFF.request().get("/api/v1/templates/" + t.id + "/versions").then().body("items.version", contains("1.1.0", "1.0.0"));
    }

    @Test
    void rejectedNewVersionLeavesThePublishedOneInPlace() {
        TemplateFixtures t = TemplateFixtures.published(KOTO_PUBLISHER).withVersion("2.0.0").submitted()
                .rejectedBy(CHIYODA_REVIEWER, "security-setting");
        SHINAGAWA_STAFF.request().get("/api/v1/templates/" + t.id).then().statusCode(200)
                .body("status", equalTo("published")).body("latestVersion", equalTo("1.0.0"));
        KOTO_PUBLISHER.request().get("/api/v1/templates/" + t.id + "/versions").then()
                .body("items.status", contains("rejected", "approved"));
    }

    @Test
    void withdrawnVersionHidesItsFileButKeepsItsHistory() {
        TemplateFixtures t = TemplateFixtures.published(KOTO_PUBLISHER);
        KOTO_PUBLISHER.request().contentType(ContentType.JSON).body(Map.of("reason", "集計式に誤りがありました"))
                .when().post("/api/v1/templates/" + t.id + "/versions/1.0.0/withdraw")
                .then().statusCode(200).body("status", equalTo("withdrawn")).body("withdrawnReason", equalTo("集計式に誤りがありました"));

        SHINAGAWA_STAFF.request().get("/api/v1/templates/" + t.id + "/versions").then().body("total", equalTo(0));
        SHINAGAWA_STAFF.request().get("/api/v1/templates/" + t.id + "/versions/1.0.0/file").then().statusCode(404);
        KOTO_PUBLISHER.request().get("/api/v1/templates/" + t.id + "/versions/1.0.0/file").then().statusCode(410)
                .contentType("application/problem+json").body("detail", containsString("集計式に誤り"));
        KOTO_PUBLISHER.request().get("/api/v1/templates/" + t.id + "/versions").then()
                .body("items[0].status", equalTo("withdrawn"));
        KOTO_PUBLISHER.request().contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .when().post("/api/v1/templates/" + t.id + "/versions/1.0.0/withdraw").then().statusCode(409);
        assertEquals("version.withdrawn", auditActions(t.id).get(0));
    }

    @Test
    void archivedTemplateDisappearsForOtherWards() {
        TemplateFixtures t = TemplateFixtures.published(KOTO_PUBLISHER);
        ADMIN.request().post("/api/v1/templates/" + t.id + "/archive").then().statusCode(200).body("status", equalTo("archived"));
        SHINAGAWA_STAFF.request().get("/api/v1/templates/" + t.id).then().statusCode(404);
        KOTO_PUBLISHER.request().get("/api/v1/templates/" + t.id).then().statusCode(200).body("status", equalTo("archived"));
        KOTO_PUBLISHER.request().post("/api/v1/templates/" + t.id + "/archive").then().statusCode(409);
        assertEquals("template.archived", auditActions(t.id).get(0));
    }

    @Test
    void workflowStepsOutOfOrderAreConflicts() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        KOTO_PUBLISHER.request().post("/api/v1/templates/" + t.id + "/submit").then().statusCode(409)
                .body("detail", containsString("upload"));
        CHIYODA_REVIEWER.request().contentType(ContentType.JSON).body(Map.of("decision", "approve"))
                .post("/api/v1/templates/" + t.id + "/review").then().statusCode(409);
        t.withVersion("1.0.0").submitted();
        KOTO_PUBLISHER.request().post("/api/v1/templates/" + t.id + "/submit").then().statusCode(409);
        KOTO_PUBLISHER.request().contentType("application/merge-patch+json").header("If-Match", t.etag())
                .body(Map.of("summary", "x")).patch("/api/v1/templates/" + t.id).then().statusCode(409);
        KOTO_PUBLISHER.request().multiPart("file", "a.zip", Zips.kintoneApp("x"), "application/zip").multiPart("version", "2.0.0")
                .post("/api/v1/templates/" + t.id + "/versions").then().statusCode(409);
        CHIYODA_REVIEWER.request().contentType(ContentType.JSON).body(Map.of("decision", "reject"))
                .post("/api/v1/templates/" + t.id + "/review").then().statusCode(400).body("errors[0].field", equalTo("reasons"));
        CHIYODA_REVIEWER.request().contentType(ContentType.JSON).body(Map.of("decision", "reject", "reasons", List.of("rude")))
                .post("/api/v1/templates/" + t.id + "/review").then().statusCode(400);
    }

    @Test
    void submitterCannotApproveTheirOwnSubmission() {
        TemplateFixtures t = TemplateFixtures.draft(MINATO_LEAD).withVersion("1.0.0").submitted();
        MINATO_LEAD.request().contentType(ContentType.JSON).body(Map.of("decision", "approve"))
                .post("/api/v1/templates/" + t.id + "/review").then().statusCode(403)
                .body("detail", containsString("four-eyes"));
        MINATO_LEAD.request().get("/api/v1/templates/" + t.id).then().body("status", equalTo("in_review"));
    }

    /** The app.json that {@link jp.yokoten.testing.Zips#kintoneApp} wrote for this name. */
    private static String appJson(String name) {
        return "{\"name\":\"" + name + "\",\"fields\":[\"申請日\",\"区分\"]}";
    }

    /** Downloads a version as another ward's staff and returns its only entry, app.json, as text. */
    private static String downloadedAppJson(String template, String version) throws java.io.IOException {
        byte[] body = SHINAGAWA_STAFF.request().get("/api/v1/templates/" + template + "/versions/" + version + "/file").then()
                .statusCode(200).contentType("application/zip").extract().asByteArray();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(body))) {
            assertEquals("app.json", zip.getNextEntry().getName());
            String text = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(null, zip.getNextEntry(), "one entry");
            return text;
        }
    }

    @Test
    void downloadKeepsTheJapaneseFileNameAndCarriesTheDigest() throws Exception {
        TemplateFixtures t = TemplateFixtures.published(KOTO_PUBLISHER);
        var response = SHINAGAWA_STAFF.request().get("/api/v1/templates/" + t.id + "/versions/1.0.0/file")
                .then().statusCode(200).contentType("application/zip").extract();
        byte[] body = response.asByteArray();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(body))) {
            assertEquals("app.json", zip.getNextEntry().getName());
            assertTrue(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains("避難所運営 1.0.0"));
        }
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(body);
        assertEquals("sha-256=:" + Base64.getEncoder().encodeToString(sha) + ":", response.header("Repr-Digest"));
        assertEquals("attachment; filename=\"_____.zip\"; filename*=UTF-8''%E9%81%BF%E9%9B%A3%E6%89%80%E9%81%8B%E5%96%B6.zip",
                response.header("Content-Disposition"));
        SHINAGAWA_STAFF.request().get("/api/v1/templates/" + t.id + "/versions").then()
                .body("items[0].sha256", equalTo(java.util.HexFormat.of().formatHex(sha)))
                .body("items[0].fileName", equalTo("避難所運営.zip"))
                .body("items[0].size", equalTo(body.length));
    }

    @Test
    void auditLogFiltersByActorAndTime() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        ADMIN.request().queryParam("actor", KOTO_PUBLISHER.subject()).queryParam("objectId", t.id).get("/api/v1/audit")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].actorWard", equalTo("koto"))
                .body("items[0].after.status", equalTo("draft"));
        ADMIN.request().queryParam("objectId", t.id).queryParam("from", "2099-01-01T00:00:00+09:00").get("/api/v1/audit")
                .then().statusCode(200).body("total", equalTo(0));
        ADMIN.request().queryParam("from", "yesterday").get("/api/v1/audit").then().statusCode(400);
    }
}
