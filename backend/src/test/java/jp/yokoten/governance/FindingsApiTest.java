package jp.yokoten.governance;

import static jp.yokoten.template.TemplateFixtures.CHIYODA_REVIEWER;
import static jp.yokoten.template.TemplateFixtures.KOTO_PUBLISHER;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import jp.yokoten.template.TemplateFixtures;
import jp.yokoten.testing.Db;
import jp.yokoten.testing.Persona;
import jp.yokoten.testing.Zips;
import org.junit.jupiter.api.Test;

/** Findings through the API: stored with the version, masked everywhere, and blocking submission until justified. */
@QuarkusTest
class FindingsApiTest {
    static final Persona ADMIN = Persona.of("admin", "portal-admin", null, "staff", "admin");
    static final Persona MINATO_PUBLISHER = Persona.of("minato publisher", "minato-publisher", "minato", "staff", "publisher");
    static final String MY_NUMBER = "123456789018";
    static final String TOKEN = "abcdefghijklmnopqrstuvwxyz0123456789ABCD";
    static final String STREET = "東陽4-11-28";

    @Inject
    Db db;

    /** A kintone export with a résident list (high), a token (high), an office address (medium) and an API call (info). */
    static byte[] riskyExport() {
        return Zips.ordered(
                "app.json", "{\"name\": \"避難者名簿\", \"api\": \"https://api.city.koto.lg.jp/v1/shelters\"}",
                "customize/config.js", "const headers = {'X-Cybozu-API-Token': '" + TOKEN + "'};\n",
                "data/名簿.csv", "氏名,生年月日,個人番号,連絡先住所\n山田 太郎,1980-04-01," + MY_NUMBER + ",〒135-8383 東京都江東区" + STREET + "\n");
    }

    static String findingsUrl(TemplateFixtures t) {
        return "/api/v1/templates/" + t.id + "/versions/1.0.0/findings";
    }

    static JsonPath findings(Persona who, TemplateFixtures t) {
        return who.request().get(findingsUrl(t)).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void highFindingsBlockSubmissionUntilEachIsJustified() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER).withFile("1.0.0", "避難者名簿.zip", riskyExport());
        KOTO_PUBLISHER.request().get("/api/v1/templates/" + t.id + "/versions").then().statusCode(200)
                .body("items[0].findings.high", equalTo(3)).body("items[0].findings.unjustifiedHigh", equalTo(3));
        JsonPath list = findings(KOTO_PUBLISHER, t);
        assertEquals(List.of("high", "high", "high"), list.getList("items.severity").subList(0, 3), "high findings come first");
        assertEquals(List.of("personal.birth-date-with-name", "personal.my-number", "secret.token"),
                list.getList("items.rule").subList(0, 3).stream().sorted().toList());
        List<String> highIds = list.getList("items.findAll { it.severity == 'high' }.id");

        var before = db.counts();
        var refused = KOTO_PUBLISHER.request().post("/api/v1/templates/" + t.id + "/submit").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://yokoten.example/problems/unjustified-findings"))
                .body("findings", hasSize(3)).extract().jsonPath();
        assertEquals(highIds.stream().sorted().toList(), refused.<String>getList("findings.id").stream().sorted().toList());
        assertEquals(before, db.counts(), "a refused submission changes nothing");
        KOTO_PUBLISHER.request().get("/api/v1/templates/" + t.id).then().body("status", equalTo("draft"));

        justify(t, highIds.get(0), "架空の住民データです。個人番号は検査用の番号です。").statusCode(200)
                .body("justification", equalTo("架空の住民データです。個人番号は検査用の番号です。"))
                .body("justifiedByName", equalTo("koto-publisher"));
        KOTO_PUBLISHER.request().post("/api/v1/templates/" + t.id + "/submit").then().statusCode(409).body("findings", hasSize(2));
        justify(t, highIds.get(1), "サンプルの名簿で、実在の人物ではありません。").statusCode(200);
        justify(t, highIds.get(2), "検証環境用のトークンで、公開前に失効させました。").statusCode(200);

        KOTO_PUBLISHER.request().post("/api/v1/templates/" + t.id + "/submit").then().statusCode(200).body("status", equalTo("in_review"));
        CHIYODA_REVIEWER.request().get("/api/v1/reviews?status=pending&size=100").then().statusCode(200)
                .body("items.find { it.subjectId == '" + t.id + "' }.findings.high", equalTo(3))
                .body("items.find { it.subjectId == '" + t.id + "' }.findings.unjustifiedHigh", equalTo(0));
        assertEquals(3, findings(CHIYODA_REVIEWER, t).getList("items.findAll { it.justification != null }").size());

        List<Map<String, Object>> audit = ADMIN.request().queryParam("objectId", t.id).queryParam("size", 100).get("/api/v1/audit")
                .then().statusCode(200).extract().jsonPath().getList("items.findAll { it.action == 'finding.justified' }");
        assertEquals(3, audit.size());
        audit.forEach(e -> assertEquals(KOTO_PUBLISHER.subject(), e.get("actor")));
        assertEquals(highIds.stream().sorted().toList(),
                audit.stream().map(e -> (String) ((Map<?, ?>) e.get("after")).get("finding")).sorted().toList());

        justify(t, highIds.get(0), "提出後の変更").statusCode(409).contentType("application/problem+json");
    }

    @Test
    void mediumAndInfoFindingsDoNotBlockSubmission() {
        byte[] office = Zips.ordered("app.json", "{\"窓口\": \"防災課 03-3647-9111\", \"api\": \"https://api.city.koto.lg.jp\"}");
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER).withFile("1.0.0", "窓口.zip", office);
        JsonPath list = findings(KOTO_PUBLISHER, t);
        assertEquals(List.of("medium", "info"), list.getList("items.severity"));
        KOTO_PUBLISHER.request().post("/api/v1/templates/" + t.id + "/submit").then().statusCode(200);
    }

    @Test
    void noFullPersonalNumberTokenOrAddressIsStoredOrReturned() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER).withFile("1.0.0", "避難者名簿.zip", riskyExport());
        String api = KOTO_PUBLISHER.request().get(findingsUrl(t)).then().statusCode(200).extract().asString();
        String refused = KOTO_PUBLISHER.request().post("/api/v1/templates/" + t.id + "/submit").then().statusCode(409).extract().asString();
        List<String> stored = db.texts("SELECT concat_ws('|', rule_id, location, excerpt) FROM version_finding");
        List<String> audited = db.texts("SELECT concat_ws('|', before::text, after::text) FROM audit_entry WHERE object_id = '" + t.id + "'");
        for (String value : List.of(MY_NUMBER, "1234 5678 9018", TOKEN, TOKEN.substring(4, 24), STREET, "8383", "山田")) {
            assertFalse(api.contains(value), "API shows " + value);
            assertFalse(refused.contains(value), "409 shows " + value);
            stored.forEach(row -> assertFalse(row.contains(value), "stored: " + row));
            audited.forEach(row -> assertFalse(row.contains(value), "audited: " + row));
        }
    }

    @Test
    void badJustificationsAreRefusedAndChangeNothing() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER).withFile("1.0.0", "避難者名簿.zip", riskyExport());
        String id = findings(KOTO_PUBLISHER, t).getString("items[0].id");
        var before = db.counts();
        justify(t, id, "").statusCode(400).body("errors[0].field", equalTo("justification"));
        justify(t, id, "   ").statusCode(400);
        justify(t, id, "x".repeat(2001)).statusCode(400);
        justify(t, id, "ベル\u0007文字").statusCode(400);
        KOTO_PUBLISHER.request().contentType(ContentType.JSON).body(Map.of("justification", "ok", "extra", 1))
                .put(findingsUrl(t) + "/" + id + "/justification").then().statusCode(400);
        justify(t, "00000000-0000-4000-8000-000000000000", "理由").statusCode(404);
        justify(t, "not-a-uuid", "理由").statusCode(400);
        KOTO_PUBLISHER.request().contentType(ContentType.JSON).body(Map.of("justification", "理由"))
                .put("/api/v1/templates/" + t.id + "/versions/9.9.9/findings/" + id + "/justification").then().statusCode(404);
        MINATO_PUBLISHER.request().contentType(ContentType.JSON).body(Map.of("justification", "理由"))
                .put(findingsUrl(t) + "/" + id + "/justification").then().statusCode(404);
        CHIYODA_REVIEWER.request().contentType(ContentType.JSON).body(Map.of("justification", "理由"))
                .put(findingsUrl(t) + "/" + id + "/justification").then().statusCode(403);
        assertEquals(before, db.counts());
        assertEquals(0, db.scalar("SELECT count(*) FROM version_finding WHERE id = '" + id + "' AND justification IS NOT NULL"));
        KOTO_PUBLISHER.request().get(findingsUrl(t) + "?size=0").then().statusCode(400);
    }

    private static io.restassured.response.ValidatableResponse justify(TemplateFixtures t, String findingId, String text) {
        return KOTO_PUBLISHER.request().contentType(ContentType.JSON).body(Map.of("justification", text))
                .put(findingsUrl(t) + "/" + findingId + "/justification").then();
    }
}
