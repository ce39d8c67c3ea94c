package jp.yokoten.review;

import static jp.yokoten.testing.Personas.PUB_OWN;
import static jp.yokoten.testing.Personas.REVIEWER;
import static jp.yokoten.testing.Personas.SUBMITTER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import jp.yokoten.template.TemplateFixtures;
import jp.yokoten.testing.Db;
import jp.yokoten.testing.Persona;
import jp.yokoten.testing.Zips;
import org.junit.jupiter.api.Test;

/**
 * Four-eyes: a reviewer never decides on content they wrote, even when a colleague submitted it. minato-lead
 * (SUBMITTER) is a Minato publisher and a reviewer; minato-publisher (PUB_OWN) publishes for Minato only.
 */
@QuarkusTest
class FourEyesTest {
    @Inject
    Db db;

    private static Response decide(Persona reviewer, String path) {
        return reviewer.request().contentType(ContentType.JSON).body(Map.of("decision", "approve")).post(path + "/review");
    }

    private static void upload(Persona uploader, String templateId, String version) {
        uploader.request().multiPart("file", "避難所運営.zip", Zips.kintoneApp("避難所運営 " + version), "application/zip")
                .multiPart("version", version).post("/api/v1/templates/" + templateId + "/versions").then().statusCode(201);
    }

    private void assertRefusedAsAuthor(Persona reviewer, String path) {
        Map<String, Long> before = db.counts();
        long pending = db.scalar("SELECT count(*) FROM review WHERE decision IS NULL");
        decide(reviewer, path).then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://yokoten.example/problems/forbidden"))
                .body("detail", containsString("four-eyes"))
                .body("detail", containsString("You wrote what is under review"));
        assertEquals(before, db.counts());
        assertEquals(pending, db.scalar("SELECT count(*) FROM review WHERE decision IS NULL"), "the submission still waits");
    }

    @Test
    void aReviewerWhoUploadedTheVersionMayNotDecideItEvenWhenAColleagueSubmittedIt() {
        TemplateFixtures t = TemplateFixtures.draft(PUB_OWN, "四つの目テンプレート");
        upload(SUBMITTER, t.id, "1.0.0");
        PUB_OWN.request().post("/api/v1/templates/" + t.id + "/submit").then().statusCode(200);

        assertRefusedAsAuthor(SUBMITTER, "/api/v1/templates/" + t.id);
        SUBMITTER.request().get("/api/v1/templates/" + t.id).then().body("status", equalTo("in_review"));

        decide(REVIEWER, "/api/v1/templates/" + t.id).then().statusCode(200);
        SUBMITTER.request().get("/api/v1/templates/" + t.id).then().body("status", equalTo("published"));
    }

    @Test
    void aReviewerWhoNeitherUploadedNorSubmittedTheVersionMayDecideIt() {
        // minato-lead created the template and uploaded 1.0.0; 1.1.0 is minato-publisher's work, submitted by them
        TemplateFixtures t = TemplateFixtures.draft(SUBMITTER, "四つの目テンプレート2");
        upload(SUBMITTER, t.id, "1.0.0");
        SUBMITTER.request().post("/api/v1/templates/" + t.id + "/submit").then().statusCode(200);
        decide(REVIEWER, "/api/v1/templates/" + t.id).then().statusCode(200);
        upload(PUB_OWN, t.id, "1.1.0");
        PUB_OWN.request().post("/api/v1/templates/" + t.id + "/submit").then().statusCode(200);

        decide(SUBMITTER, "/api/v1/templates/" + t.id).then().statusCode(200);
    }

    @Test
    void aReviewerWhoWroteAStoryMayNotDecideItWhenAColleagueSubmittedIt() {
        String id = SUBMITTER.request().contentType(ContentType.JSON)
                .body(Map.of("title", "四つの目の話", "body", "## 背景\n集計に時間がかかっていた。", "hoursSavedPerYear", 120.5,
                        "costSavedYen", 1_200_000, "developmentDays", 14, "residentsReached", 5000))
                .post("/api/v1/stories").then().statusCode(201).extract().path("id");
        PUB_OWN.request().post("/api/v1/stories/" + id + "/submit").then().statusCode(200);

        assertRefusedAsAuthor(SUBMITTER, "/api/v1/stories/" + id);
        decide(REVIEWER, "/api/v1/stories/" + id).then().statusCode(200);
    }
}
