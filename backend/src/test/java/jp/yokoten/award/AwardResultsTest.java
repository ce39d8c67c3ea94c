package jp.yokoten.award;

import static jp.yokoten.award.AwardFixtures.*;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.yokoten.stats.FiscalYear;
import jp.yokoten.testing.Persona;
import org.junit.jupiter.api.Test;

/**
 * Results on a hand-computed round, the CSV, prizes and their badges. Every sheet gives one score to all three
 * criteria, so the weights drop out and the arithmetic stays on paper:
 * <pre>
 *   harsh (shinagawa-judge):  A 3, B 1      mean 2, sd 1  → z: A +1, B −1
 *   lenient (external-judge): B 5, C 3      mean 4, sd 1  → z: B +1, C −1
 *   single (chuo-judge):      C 5           one sheet     → raw 5
 *   all five sheets: mean 17/5 = 3.4, population sd √(11.2/5) = √2.24 = 1.496663
 *   A = 3.4 + 1.496663                     = 4.897 (one sheet: insufficientScores)   raw 3
 *   B = ((3.4 − 1.4967) + (3.4 + 1.4967))/2 = 3.400                                   raw (1+5)/2 = 3
 *   C = ((3.4 − 1.4967) + 5)/2              = 3.452                                   raw (3+5)/2 = 4
 *   standardised ranks A 1, C 2, B 3; raw ranks C 1, then A and B tie at 3: A has more measured hours → A 2, B 3.
 * </pre>
 */
@QuarkusTest
class AwardResultsTest {
    static final Persona KOTO = Persona.of("koto staff", "koto-staff", "koto", "staff");

    @Test
    void standardisationChangesTheOrderAsComputedByHandAndTiesBreakByMeasuredHours() {
        int fy = FiscalYear.current().year();
        String round = round(fy, AwardPhase.OPEN);
        String a = publishedTemplate(MINATO_PUBLISHER, "保育園入園申込の点数計算");
        String b = sharedTemplate();
        String c = publishedTemplate(MINATO_PUBLISHER, "災害時の安否確認フォーム");
        KOTO.request().contentType(ContentType.JSON).body(Map.of("hoursSavedPerYear", 100))
                .put("/api/v1/templates/" + a + "/adoption").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        String ea = enterTemplate(round, MINATO_PUBLISHER, a);
        String eb = enterTemplate(round, MINATO_PUBLISHER, b);
        String ec = enterTemplate(round, MINATO_PUBLISHER, c);
        moveTo(round, AwardPhase.JUDGING);
        score(round, ea, JUDGE, 3, 3, 3);
        score(round, eb, JUDGE, 1, 1, 1);
        score(round, eb, EXTERNAL, 5, 5, 5);
        score(round, ec, EXTERNAL, 3, 3, 3);
        score(round, ec, CHUO_JUDGE, 5, 5, 5);
        moveTo(round, AwardPhase.DECIDED);

        JsonPath r = ADMIN.request().get("/api/v1/awards/" + round + "/results").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(ea, ec, eb), r.getList("items.entryId"));
        assertEquals(List.of(4.897f, 3.452f, 3.4f), r.getList("items.normalisedScore", Float.class));
        assertEquals(List.of(3f, 4f, 3f), r.getList("items.rawScore", Float.class));
        assertEquals(List.of(1, 2, 3), r.getList("items.rank"));
        assertEquals(List.of(2, 1, 3), r.getList("items.rawRank"));
        assertEquals(List.of(1, 2, 2), r.getList("items.sheets"));
        assertEquals(List.of(List.of("insufficientScores"), List.of(), List.of()), r.getList("items.flags"));
        assertEquals(100f, r.getFloat("items[0].hoursSavedMeasured"));

        // Prizes: admin, in decided; one grand prize.
        ADMIN.request().contentType(ContentType.JSON).body(Map.of("prize", "grand"))
                .put("/api/v1/awards/" + round + "/entries/" + ea + "/prize").then().statusCode(200).body("prize", equalTo("grand"));
        ADMIN.request().contentType(ContentType.JSON).body(Map.of("prize", "grand"))
                .put("/api/v1/awards/" + round + "/entries/" + ec + "/prize").then().statusCode(409);
        ADMIN.request().contentType(ContentType.JSON).body(Map.of("prize", "excellence"))
                .put("/api/v1/awards/" + round + "/entries/" + ec + "/prize").then().statusCode(200);
        ADMIN.request().contentType(ContentType.JSON).body(Map.of("prize", "first"))
                .put("/api/v1/awards/" + round + "/entries/" + eb + "/prize").then().statusCode(400);
        KOTO.request().get("/api/v1/templates/" + a).then().statusCode(200).body("prizes.size()", equalTo(0)); // not yet published
        KOTO.request().get("/api/v1/templates?size=100").then().statusCode(200)
                .body("items.find { it.id == '" + a + "' }.prizes.size()", equalTo(0));
        KOTO.request().get("/api/v1/awards/" + round + "/results").then().statusCode(403);

        moveTo(round, AwardPhase.PUBLISHED);
        KOTO.request().get("/api/v1/templates/" + a).then().statusCode(200)
                .body("prizes[0].labelJa", equalTo(fy + "年度 大賞")).body("prizes[0].labelEn", equalTo("FY" + fy + " Grand Prize"));
        KOTO.request().get("/api/v1/templates/" + c).then().statusCode(200).body("prizes[0].labelJa", equalTo(fy + "年度 優秀賞"));
        KOTO.request().get("/api/v1/templates?size=100").then().statusCode(200) // search results show the prize too
                .body("items.find { it.id == '" + a + "' }.prizes[0].labelJa", equalTo(fy + "年度 大賞"))
                .body("items.find { it.id == '" + c + "' }.prizes[0].prize", equalTo("excellence"));
        KOTO.request().get("/api/v1/awards/" + round + "/results").then().statusCode(200)
                .body("items[0].prize", equalTo("grand")).body("items[1].prize", equalTo("excellence"));

        byte[] csv = KOTO.request().accept("text/csv").get("/api/v1/awards/" + round + "/results").then().statusCode(200)
                .contentType("text/csv; charset=UTF-8").extract().asByteArray();
        assertEquals(0xEF, csv[0] & 0xFF, "UTF-8 BOM");
        String[] lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertEquals("rank,raw_rank,entry_id,ward,subject_type,subject_id,title,normalised_score,raw_score,sheets,flags,prize,"
                + "hours_saved_measured", lines[0]);
        assertEquals("1,2," + ea + ",minato,template," + a + ",保育園入園申込の点数計算,4.897,3.000,1,insufficientScores,grand,100.0", lines[1]);
        assertEquals(4, lines.length);
        List<String> audit = ADMIN.request().queryParam("objectId", ea).queryParam("size", 100).get("/api/v1/audit").then()
                .statusCode(200).extract().jsonPath().getList("items.action");
        assertEquals(List.of("award.prize", "award.scored", "award.entered"), audit);
    }

    @Test
    void storiesCanBeEnteredAndShowTheirPrize() {
        int year = 2087;
        String round = round(year, AwardPhase.OPEN);
        String story = MINATO_PUBLISHER.request().contentType(ContentType.JSON)
                .body(Map.of("title", "住民票の郵送請求をオンライン化", "body", "処理時間が半分に", "hoursSavedPerYear", 240,
                        "templateIds", List.of(sharedTemplate())))
                .post("/api/v1/stories").then().statusCode(201).extract().path("id");
        MINATO_PUBLISHER.request().post("/api/v1/stories/" + story + "/submit").then().statusCode(200);
        jp.yokoten.testing.Personas.REVIEWER.request().contentType(ContentType.JSON).body(Map.of("decision", "approve"))
                .post("/api/v1/stories/" + story + "/review").then().statusCode(200);
        String entry = MINATO_PUBLISHER.request().contentType(ContentType.JSON).body(Map.of("storyId", story, "statement", "郵送請求の改善"))
                .post("/api/v1/awards/" + round + "/entries").then().statusCode(201).extract().path("id");
        moveTo(round, AwardPhase.JUDGING);
        EXTERNAL.request().get("/api/v1/awards/" + round + "/entries/" + entry).then().statusCode(200)
                .body("subjectType", equalTo("story")).body("evidence.hoursSavedStories", equalTo(240.0f));
        moveTo(round, AwardPhase.DECIDED);
        ADMIN.request().contentType(ContentType.JSON).body(Map.of("prize", "special"))
                .put("/api/v1/awards/" + round + "/entries/" + entry + "/prize").then().statusCode(200);
        moveTo(round, AwardPhase.PUBLISHED);
        String body = KOTO.request().get("/api/v1/stories/" + story).then().statusCode(200)
                .body("prizes[0].labelJa", equalTo(year + "年度 特別賞")).extract().asString();
        assertTrue(body.contains("\"fiscalYear\":" + year));
    }
}
