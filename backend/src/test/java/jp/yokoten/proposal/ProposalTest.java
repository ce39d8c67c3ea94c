package jp.yokoten.proposal;

import static jp.yokoten.proposal.ProposalFixtures.*;
import static jp.yokoten.testing.Personas.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import jp.yokoten.testing.Db;
import jp.yokoten.testing.Persona;
import org.junit.jupiter.api.Test;

/** Posting, editing, anonymity and supports of proposals (SPEC §9). */
@QuarkusTest
class ProposalTest {
    @Inject
    Db db;

    @Test
    void postingAnswers201WithLocationETagAndTheAuthorsImplicitSupport() {
        var r = STAFF_OWN.request().contentType(ContentType.JSON).body(body("保育園入所申請の電子化", false)).post("/api/v1/proposals")
                .then().statusCode(201).header("Location", containsString("/api/v1/proposals/")).header("ETag", notNullValue())
                .body("status", equalTo("open")).body("authorWard", equalTo("minato")).body("authorName", equalTo("minato-staff"))
                .body("supporters", equalTo(1)).body("supportingWards", equalTo(1)).body("wards", equalTo(List.of("minato")))
                .body("supportedByMe", equalTo(true)).body("mine", equalTo(true)).body("editable", equalTo(true))
                .body("history", empty()).extract();
        String id = r.path("id");
        assertEquals(1, db.scalar("SELECT count(*) FROM audit_entry WHERE action = 'proposal.created' AND object_id = '" + id + "'"));
    }

    @Test
    void anAnonymousProposersNameIsShownOnlyToTheAuthorTheirWardsPublishersAndOperators() {
        String title = "匿名提案 公用車予約の一元化";
        String id = post(STAFF_OWN, title, true);
        Map<Persona, Boolean> seesName = new java.util.LinkedHashMap<>();
        seesName.put(STAFF_OWN, true);
        seesName.put(MINATO_OTHER_STAFF, false);
        seesName.put(STAFF_OTHER, false);
        seesName.put(PUB_OWN, true);
        seesName.put(PUB_OTHER, false);
        seesName.put(REVIEWER, false);
        seesName.put(SUBMITTER, true);
        seesName.put(ADMIN, true);
        seesName.forEach((p, sees) -> {
            String expected = sees ? "minato-staff" : null;
            JsonPath detail = p.request().get("/api/v1/proposals/" + id).then().statusCode(200).extract().jsonPath();
            assertEquals("minato", detail.getString("authorWard"), p.toString());
            assertEquals(expected, detail.getString("authorName"), "detail as " + p);
            JsonPath list = p.request().queryParam("q", "公用車予約").get("/api/v1/proposals").then().statusCode(200).extract().jsonPath();
            assertEquals(expected, list.getString("items.find { it.id == '" + id + "' }.authorName"), "search as " + p);
            JsonPath similar = p.request().queryParam("title", "公用車予約の一元化").get("/api/v1/proposals/similar")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(expected, similar.getString("proposals.find { it.id == '" + id + "' }.authorName"), "similar as " + p);
        });
        // Nowhere in the answers another ward's staff get, not even as a subject or in the history.
        String detail = STAFF_OTHER.request().get("/api/v1/proposals/" + id).then().extract().asString();
        String board = STAFF_OTHER.request().queryParam("q", "公用車予約").get("/api/v1/proposals").then().extract().asString();
        assertEquals(false, detail.contains("minato-staff") || board.contains("minato-staff"), detail + board);
    }

    @Test
    void theAuthorEditsAnOpenProposalWithIfMatchAndOthersCannot() {
        String id = post(STAFF_OWN, "庁内会議室予約の改善", false);
        String etag = STAFF_OWN.request().get("/api/v1/proposals/" + id).then().extract().header("ETag");
        STAFF_OWN.request().contentType("application/merge-patch+json").body(Map.of("title", "ｋｉｎｔｏｎｅで会議室予約"))
                .patch("/api/v1/proposals/" + id).then().statusCode(428);
        String next = STAFF_OWN.request().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("title", "ｋｉｎｔｏｎｅで会議室予約", "anonymous", true)).patch("/api/v1/proposals/" + id)
                .then().statusCode(200).body("title", equalTo("ｋｉｎｔｏｎｅで会議室予約")).body("anonymous", equalTo(true))
                .extract().header("ETag");
        STAFF_OWN.request().contentType("application/merge-patch+json").header("If-Match", etag).body(Map.of("title", "古い版から"))
                .patch("/api/v1/proposals/" + id).then().statusCode(412);
        STAFF_OTHER.request().contentType("application/merge-patch+json").header("If-Match", next).body(Map.of("title", "乗っ取り"))
                .patch("/api/v1/proposals/" + id).then().statusCode(403);
        // Supports do not make the author's ETag stale.
        support(STAFF_OTHER, id);
        STAFF_OWN.request().contentType("application/merge-patch+json").header("If-Match", next).body(Map.of("idea", "改善案を追記"))
                .patch("/api/v1/proposals/" + id).then().statusCode(200);
        // Once answered, it is no longer editable.
        status(PUB_OWN, id, Map.of("status", "accepted"));
        String accepted = STAFF_OWN.request().get("/api/v1/proposals/" + id).then().body("editable", equalTo(false)).extract().header("ETag");
        STAFF_OWN.request().contentType("application/merge-patch+json").header("If-Match", accepted).body(Map.of("idea", "後から"))
                .patch("/api/v1/proposals/" + id).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void badFieldsAre400ProblemsAndStoreNothing() {
        long before = db.scalar("SELECT count(*) FROM proposal");
        Map<String, Object> longProblem = body("長すぎる課題", false);
        longProblem.put("problem", "あ".repeat(4001));
        STAFF_OWN.request().contentType(ContentType.JSON).body(longProblem).post("/api/v1/proposals")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(containsString("problem")));
        Map<String, Object> unknownCategory = body("不明な分類", false);
        unknownCategory.put("category", "no-such-category");
        STAFF_OWN.request().contentType(ContentType.JSON).body(unknownCategory).post("/api/v1/proposals")
                .then().statusCode(400).body("errors.field", hasItem("category"));
        Map<String, Object> unknownField = body("未知の項目", false);
        unknownField.put("authorWard", "koto");
        STAFF_OWN.request().contentType(ContentType.JSON).body(unknownField).post("/api/v1/proposals").then().statusCode(400);
        STAFF_OWN.request().contentType(ContentType.JSON).body(Map.of("title", "")).post("/api/v1/proposals").then().statusCode(400);
        assertEquals(before, db.scalar("SELECT count(*) FROM proposal"));
    }

    @Test
    void supportsCountPeopleAndWardsAndCanBeTakenBack() {
        String id = post(STAFF_OWN, "防災備蓄品の在庫管理", false);
        support(STAFF_OTHER, id);
        support(STAFF_OTHER, id); // repeated: still one
        support(Persona.of("koto clerk", "koto-clerk", "koto", "staff"), id);
        support(PUB_OWN, id); // the author's ward again
        STAFF_OWN.request().put("/api/v1/proposals/" + id + "/support").then().statusCode(200).body("supporters", equalTo(4));
        STAFF_OWN.request().get("/api/v1/proposals/" + id).then().body("supporters", equalTo(4)).body("supportingWards", equalTo(2))
                .body("wards", equalTo(List.of("minato", "koto")));
        STAFF_OTHER.request().delete("/api/v1/proposals/" + id + "/support").then().statusCode(200)
                .body("supporters", equalTo(3)).body("supportingWards", equalTo(2)).body("supportedByMe", equalTo(false));
        STAFF_OTHER.request().delete("/api/v1/proposals/" + id + "/support").then().statusCode(404);
        Persona.of("koto clerk", "koto-clerk", "koto", "staff").request().delete("/api/v1/proposals/" + id + "/support")
                .then().statusCode(200).body("supporters", equalTo(2)).body("supportingWards", equalTo(1));
        STAFF_OWN.request().delete("/api/v1/proposals/" + id + "/support").then().statusCode(409);
        ADMIN.request().put("/api/v1/proposals/" + id + "/support").then().statusCode(403);
        assertEquals(2, db.scalar("SELECT count(*) FROM proposal_support WHERE proposal_id = '" + id + "'"));
    }

    @Test
    void unknownAndMalformedIdsAre404And400() {
        STAFF_OWN.request().get("/api/v1/proposals/3f1c2a4e-0000-4000-8000-000000000000").then().statusCode(404);
        STAFF_OWN.request().get("/api/v1/proposals/not-a-uuid").then().statusCode(400);
        STAFF_OWN.request().put("/api/v1/proposals/3f1c2a4e-0000-4000-8000-000000000000/support").then().statusCode(404);
    }
}
