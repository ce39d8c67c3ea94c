package jp.yokoten.award;

import static jp.yokoten.award.AwardFixtures.*;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import jp.yokoten.stats.FiscalYear;
import jp.yokoten.testing.Persona;
import jp.yokoten.testing.Personas;
import org.junit.jupiter.api.Test;

/** Phases, entries, evidence freezing and the refusals of SPEC §8 and issue 16's acceptance 3 and 4. */
@QuarkusTest
class AwardWorkflowTest {
    static final int YEAR = 2085;
    static final Persona KOTO = Persona.of("koto staff", "koto-staff", "koto", "staff");
    static final Persona SHINAGAWA = Persona.of("shinagawa staff", "shinagawa-staff", "shinagawa", "staff");
    static final Persona CHIYODA = Persona.of("chiyoda staff", "chiyoda-staff", "chiyoda", "staff");

    static void move(String round, String phase, int status) {
        ADMIN.request().contentType(ContentType.JSON).body(Map.of("phase", phase)).post("/api/v1/awards/" + round + "/phase")
                .then().statusCode(status);
    }

    @Test
    void phasesMoveForwardOneStepAtATimeNeverBackAndEveryMoveIsAudited() {
        String round = round(YEAR, AwardPhase.DRAFT);
        Map<String, Long> before = counts();
        move(round, "judging", 409); // skipping open
        move(round, "draft", 409); // standing still
        move(round, "closed", 400);
        assertUnchanged(before);
        move(round, "open", 200);
        move(round, "draft", 409); // back
        move(round, "judging", 200);
        move(round, "decided", 200);
        move(round, "published", 200);
        ADMIN.request().contentType(ContentType.JSON).body(Map.of("phase", "decided")).post("/api/v1/awards/" + round + "/phase")
                .then().statusCode(409).body("detail", equalTo("The round is published: phases never go back."));
        JsonPath audit = ADMIN.request().queryParam("objectId", round).queryParam("size", 100).get("/api/v1/audit")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("award.phase", "award.phase", "award.phase", "award.phase", "award.created"), audit.getList("items.action"));
        assertEquals(Map.of("phase", "open"), audit.getMap("items[3].after"));
        assertEquals(Map.of("phase", "draft"), audit.getMap("items[3].before"));
    }

    @Test
    void oneRoundPerFiscalYearAndDraftRoundsExistOnlyForAdmin() {
        String round = round(YEAR, AwardPhase.DRAFT);
        ADMIN.request().contentType(ContentType.JSON).body(roundBody(YEAR)).post("/api/v1/awards").then().statusCode(409);
        KOTO.request().get("/api/v1/awards/" + round).then().statusCode(404);
        assertTrue(KOTO.request().queryParam("size", 100).get("/api/v1/awards").then().statusCode(200).extract().jsonPath()
                .getList("items.id").stream().noneMatch(round::equals));
        ADMIN.request().get("/api/v1/awards/" + round).then().statusCode(200).body("phase", equalTo("draft"))
                .body("maxEntriesPerWard", equalTo(3)).body("weights.workReduction", equalTo(40))
                .body("weights.residentService", equalTo(30)).body("weights.originality", equalTo(30));
    }

    @Test
    void evidenceIsFrozenAtTheMoveToJudgingFromThisYearAndTheYearBefore() {
        int fy = FiscalYear.current().year();
        String round = round(fy, AwardPhase.OPEN);
        String template = publishedTemplate(MINATO_PUBLISHER, "子育て支援手続きナビ");
        adopt(KOTO, template, Map.of("hoursSavedPerYear", 50)); // this year, cross-ward
        adopt(CHIYODA, template, Map.of("hoursSavedPerYear", 20, "adoptedOn", fy + "-03-31")); // March 31: the year before
        String entry = enterTemplate(round, MINATO_PUBLISHER, template);
        MINATO_PUBLISHER.request().get("/api/v1/awards/" + round + "/entries/" + entry).then().statusCode(200)
                .body("evidence", nullValue());
        moveTo(round, AwardPhase.JUDGING);
        JsonPath frozen = JUDGE.request().get("/api/v1/awards/" + round + "/entries/" + entry).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(fy - 1, fy), frozen.getList("evidence.fiscalYears"));
        assertEquals(70f, frozen.getFloat("evidence.hoursSavedMeasured"), "50 h this year + 20 h the year before");
        assertEquals(2, frozen.getInt("evidence.crossWardAdoptions"));
        assertEquals(2, frozen.getInt("evidence.adoptingWards"));
        assertEquals(0, frozen.getInt("evidence.ratingCount"));
        // Later activity: another ward adopts, the statistics move on, the evidence does not.
        adopt(SHINAGAWA, template, Map.of("hoursSavedPerYear", 300));
        float live = Personas.COMMITTEE.request().queryParam("fiscalYear", fy).queryParam("ward", "minato").queryParam("size", 100)
                .get("/api/v1/stats/templates").then().statusCode(200).extract().jsonPath()
                .getFloat("items.find { it.templateId == '" + template + "' }.hoursMeasured");
        assertEquals(350f, live, "the statistics count the new adoption");
        JsonPath later = JUDGE.request().get("/api/v1/awards/" + round + "/entries/" + entry).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(frozen.getMap("evidence"), later.getMap("evidence"));
    }

    @Test
    void badInputIsRefusedWithProblemDetailsAndChangesNothing() {
        String round = round(YEAR, AwardPhase.OPEN);
        String own = publishedTemplate(MINATO_PUBLISHER, "公用車予約アプリ");
        String others = publishedTemplate(SHINAGAWA_PUBLISHER, "他区の施設予約");
        String draftStory = MINATO_PUBLISHER.request().contentType(ContentType.JSON)
                .body(Map.of("title", "下書きの事例", "body", "まだ公開していない")).post("/api/v1/stories")
                .then().statusCode(201).extract().path("id");
        String othersStory = SHINAGAWA_PUBLISHER.request().contentType(ContentType.JSON)
                .body(Map.of("title", "他区の事例", "body", "本文")).post("/api/v1/stories").then().statusCode(201).extract().path("id");
        SHINAGAWA_PUBLISHER.request().post("/api/v1/stories/" + othersStory + "/submit").then().statusCode(200);
        Personas.REVIEWER.request().contentType(ContentType.JSON).body(Map.of("decision", "approve"))
                .post("/api/v1/stories/" + othersStory + "/review").then().statusCode(200);
        for (int i = 0; i < 3; i++) {
            enterTemplate(round, MINATO_PUBLISHER, publishedTemplate(MINATO_PUBLISHER, "窓口アプリ " + i));
        }
        Map<String, Long> before = counts();
        List<Map<String, Object>> entries = List.of(
                Map.of("storyId", othersStory, "statement", "他区の事例"),
                Map.of("storyId", draftStory, "statement", "未公開"),
                Map.of("templateId", others, "statement", "他区のテンプレート"),
                Map.of("templateId", own, "storyId", draftStory, "statement", "両方"),
                Map.of("statement", "どちらもない"),
                Map.of("templateId", own, "statement", "x".repeat(2001)),
                Map.of("templateId", own, "statement", " "),
                Map.of("templateId", "not-a-uuid", "statement", "壊れたID"));
        for (Map<String, Object> body : entries) {
            MINATO_PUBLISHER.request().contentType(ContentType.JSON).body(body).post("/api/v1/awards/" + round + "/entries")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        MINATO_PUBLISHER.request().contentType(ContentType.JSON).body(Map.of("templateId", own, "statement", "4件目"))
                .post("/api/v1/awards/" + round + "/entries").then().statusCode(409).contentType("application/problem+json");
        assertUnchanged(before);

        String judging = entered(YEAR + 1, AwardPhase.JUDGING).entry();
        String judgingRound = ADMIN.request().queryParam("size", 100).get("/api/v1/awards").then().extract().jsonPath()
                .getString("items.find { it.fiscalYear == " + (YEAR + 1) + " }.id");
        Map<String, Long> sheetsBefore = counts();
        List<String> scores = List.of(
                "{\"workReduction\":0,\"residentService\":3,\"originality\":3}",
                "{\"workReduction\":6,\"residentService\":3,\"originality\":3}",
                "{\"workReduction\":3.5,\"residentService\":3,\"originality\":3}",
                "{\"workReduction\":\"4\",\"residentService\":3,\"originality\":3}",
                "{\"residentService\":3,\"originality\":3}",
                "{\"workReduction\":3,\"residentService\":3,\"originality\":3,\"novelty\":5}");
        for (String body : scores) {
            JUDGE.request().contentType(ContentType.JSON).body(body)
                    .put("/api/v1/awards/" + judgingRound + "/entries/" + judging + "/score")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        assertUnchanged(sheetsBefore);
    }

    @Test
    void publishersEnterAndWithdrawOnlyWhileOpenWithinTheirWardsLimit() {
        String round = round(YEAR, AwardPhase.OPEN);
        String t = publishedTemplate(MINATO_PUBLISHER, "イベント申込管理");
        String entry = enterTemplate(round, MINATO_PUBLISHER, t);
        MINATO_PUBLISHER.request().contentType(ContentType.JSON).body(Map.of("templateId", t, "statement", "二重"))
                .post("/api/v1/awards/" + round + "/entries").then().statusCode(409);
        SHINAGAWA_PUBLISHER.request().delete("/api/v1/awards/" + round + "/entries/" + entry).then().statusCode(404);
        MINATO_PUBLISHER.request().delete("/api/v1/awards/" + round + "/entries/" + entry).then().statusCode(204);
        MINATO_PUBLISHER.request().get("/api/v1/awards/" + round + "/entries").then().statusCode(200).body("total", equalTo(0));
        String again = enterTemplate(round, MINATO_PUBLISHER, t);
        moveTo(round, AwardPhase.JUDGING);
        MINATO_PUBLISHER.request().delete("/api/v1/awards/" + round + "/entries/" + again).then().statusCode(409);
        List<String> actions = ADMIN.request().queryParam("objectId", entry).get("/api/v1/audit").then().statusCode(200)
                .extract().jsonPath().getList("items.action");
        assertEquals(List.of("award.withdrawn", "award.entered"), actions);
    }

    @Test
    void judgesAreBlindToEachOtherUntilDecidedAndConflictedJudgesNeverSeeTheirWardsEntries() {
        Entered e = entered(YEAR, AwardPhase.JUDGING); // the external judge scored 4/4/3
        String sheets = "/api/v1/awards/" + e.round() + "/entries/" + e.entry() + "/sheets";
        JUDGE.request().get(sheets).then().statusCode(403);
        JUDGE.request().get("/api/v1/awards/" + e.round() + "/entries/" + e.entry()).then().statusCode(200)
                .body("myScore", nullValue());
        EXTERNAL.request().get("/api/v1/awards/" + e.round() + "/entries/" + e.entry()).then().statusCode(200)
                .body("myScore.workReduction", equalTo(4)).body("myScore.originality", equalTo(3));
        JUDGE_OWN.request().get("/api/v1/awards/" + e.round() + "/entries").then().statusCode(200)
                .body("total", equalTo(0)).body("items.size()", equalTo(0));
        JUDGE.request().get("/api/v1/awards/" + e.round() + "/entries").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].ward", equalTo("minato")).body("items[0].evidence.fiscalYears.size()", equalTo(2));
        SHINAGAWA_PUBLISHER.request().get("/api/v1/awards/" + e.round() + "/entries").then().statusCode(200).body("total", equalTo(0));
        score(e.round(), e.entry(), JUDGE, 2, 3, 4);
        moveTo(e.round(), AwardPhase.DECIDED);
        JsonPath all = JUDGE.request().get(sheets).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(EXTERNAL.subject(), JUDGE.subject()), all.getList("judge", String.class).stream().sorted().toList());
        JUDGE_OWN.request().get(sheets).then().statusCode(403);
        JUDGE_OWN.request().get("/api/v1/awards/" + e.round() + "/results").then().statusCode(403);
        moveTo(e.round(), AwardPhase.PUBLISHED);
        JUDGE_OWN.request().get("/api/v1/awards/" + e.round() + "/results").then().statusCode(200).body("items.size()", equalTo(1));
    }

    private static void adopt(Persona p, String template, Map<String, Object> body) {
        p.request().contentType(ContentType.JSON).body(body).put("/api/v1/templates/" + template + "/adoption")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }
}
