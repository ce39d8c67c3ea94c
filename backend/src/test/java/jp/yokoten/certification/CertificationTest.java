package jp.yokoten.certification;

import static jp.yokoten.certification.CertificationFixtures.body;
import static jp.yokoten.certification.CertificationFixtures.record;
import static jp.yokoten.testing.Personas.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import jp.yokoten.template.TemplateFixtures;
import jp.yokoten.testing.Db;
import jp.yokoten.testing.Persona;
import jp.yokoten.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The register (SPEC §10): recording, revoking with history, filters, CSV and the 「認定開発者が作成」 mark. */
@QuarkusTest
class CertificationTest {
    static final Persona NERIMA_PUB = Persona.of("nerima publisher", "nerima-certified-pub", "nerima", "staff", "publisher");
    static final Persona NERIMA_OTHER = Persona.of("nerima publisher 2", "nerima-plain-pub", "nerima", "staff", "publisher");

    /** Certifications dated April 2026 are recorded on 2026-11-25 JST, so they are never in the future, whatever day the suite runs. */
    static final java.time.Instant TODAY = OffsetDateTime.parse("2026-11-25T12:00:00+09:00").toInstant();

    @Inject
    TestClock clock;

    @BeforeEach
    void pinTheClock() {
        clock.pin(TODAY);
    }

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    @Inject
    Db db;

    /** Rows recorded at the pinned instant: what this class writes, whatever other classes share the database. */
    private long rows() {
        return db.scalar("SELECT count(*) FROM certification WHERE recorded_at = '" + TODAY + "'");
    }

    @Test
    void aPublisherRecordsForTheirOwnWardAndTheRowHoldsNoContactData() {
        Map<String, Object> b = body(null, "2026-04-10");
        b.put("subject", "sub-someone");
        b.put("expiresOn", "2029-03-31");
        b.put("level", "advanced");
        PUB_OWN.request().contentType(ContentType.JSON).body(b).post("/api/v1/certifications").then().statusCode(201)
                .header("Location", containsString("/api/v1/certifications/")).body("ward", equalTo("minato"))
                .body("level", equalTo("advanced")).body("certifiedOn", equalTo("2026-04-10")).body("expiresOn", equalTo("2029-03-31"))
                .body("validToday", equalTo(true)).body("$", not(hasKey("email")));
    }

    @Test
    void badInputIs400AndStoresNothing() {
        long before = rows();
        Map<String, Object> future = body("koto", "2099-01-01");
        Map<String, Object> expiresFirst = body("koto", "2026-04-10");
        expiresFirst.put("expiresOn", "2026-04-09");
        Map<String, Object> outOfRange = body("koto", "1999-12-31");
        Map<String, Object> longName = body("koto", "2026-04-10");
        longName.put("displayName", "名".repeat(101));
        Map<String, Object> badLevel = body("koto", "2026-04-10");
        badLevel.put("level", "expert");
        Map<String, Object> email = body("koto", "2026-04-10");
        email.put("email", "a@example.jp");
        Map<String, Object> unknownWard = body("atlantis", "2026-04-10");
        for (Map<String, Object> b : List.of(future, expiresFirst, outOfRange, longName, badLevel, email, unknownWard, body(null, "2026-04-10"))) {
            ADMIN.request().contentType(ContentType.JSON).body(b).post("/api/v1/certifications").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        assertEquals(before, rows());
    }

    @Test
    void revokingKeepsTheRowWithItsReasonAndOnlyOnce() {
        String id = record(ADMIN, body("koto", "2026-04-01"));
        ADMIN.request().contentType(ContentType.JSON).body(Map.of("reason", "")).post("/api/v1/certifications/" + id + "/revoke")
                .then().statusCode(400);
        ADMIN.request().contentType(ContentType.JSON).body(Map.of("reason", "受講記録の誤り")).post("/api/v1/certifications/" + id + "/revoke")
                .then().statusCode(200).body("revokedReason", equalTo("受講記録の誤り")).body("revokedOn", notNullValue())
                .body("validToday", equalTo(false));
        ADMIN.request().contentType(ContentType.JSON).body(Map.of("reason", "再度")).post("/api/v1/certifications/" + id + "/revoke")
                .then().statusCode(409);
        assertEquals(1, db.scalar("SELECT count(*) FROM certification WHERE id = '" + id + "'"));
        assertEquals(1, db.scalar("SELECT count(*) FROM audit_entry WHERE action = 'certification.revoked' AND object_id = '" + id + "'"));
    }

    @Test
    void theListFiltersByWardLevelAndValidityOnADay() {
        String early = record(ADMIN, body("sumida", "2025-04-01"));
        Map<String, Object> expiring = body("sumida", "2025-04-01");
        expiring.put("expiresOn", "2026-03-31");
        expiring.put("level", "advanced");
        String expires = record(ADMIN, expiring);
        String late = record(ADMIN, body("sumida", "2026-04-01"));
        List<String> onMarch31 = COMMITTEE.request().accept(ContentType.JSON).get("/api/v1/certifications?ward=sumida&validOn=2026-03-31&size=100")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertTrue(onMarch31.containsAll(List.of(early, expires)) && !onMarch31.contains(late), onMarch31.toString());
        List<String> onApril1 = COMMITTEE.request().accept(ContentType.JSON).get("/api/v1/certifications?ward=sumida&validOn=2026-04-01&size=100")
                .then().extract().jsonPath().getList("items.id");
        assertTrue(onApril1.containsAll(List.of(early, late)) && !onApril1.contains(expires), onApril1.toString());
        COMMITTEE.request().accept(ContentType.JSON).get("/api/v1/certifications?ward=sumida&level=advanced&size=100").then()
                .body("items.id", hasItem(expires)).body("items.level", everyItem(equalTo("advanced")));
        for (String q : List.of("level=expert", "validOn=2026-13-01", "ward=atlantis", "size=101")) {
            COMMITTEE.request().accept(ContentType.JSON).get("/api/v1/certifications?" + q).then().statusCode(400).contentType("application/problem+json");
        }
        // Publishers read their own ward only, whatever they ask for.
        PUB_OTHER.request().accept(ContentType.JSON).get("/api/v1/certifications?size=100").then().statusCode(200).body("items.ward", everyItem(equalTo("shinagawa")));
    }

    @Test
    void theCsvHasABomAHeaderAndNoSubjects() {
        Map<String, Object> b = body("taito", "2026-04-01");
        b.put("displayName", "=HYPERLINK(\"x\")");
        b.put("subject", "sub-taito-secret");
        record(ADMIN, b);
        String csv = COMMITTEE.request().accept("text/csv").get("/api/v1/certifications?ward=taito").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.startsWith("\uFEFFid,ward,display_name,department,level,certified_on"), csv);
        assertTrue(csv.contains(",taito,\"'=HYPERLINK(\"\"x\"\")\","), csv);
        assertTrue(!csv.contains("sub-taito-secret"), csv);
    }

    @Test
    void templatesAndStoriesOfACertifiedCreatorCarryTheMark() {
        Map<String, Object> b = body(null, "2026-04-01");
        b.put("subject", NERIMA_PUB.subject());
        record(NERIMA_PUB, b);
        String marked = TemplateFixtures.draft(NERIMA_PUB, "認定者のテンプレート").id;
        String plain = TemplateFixtures.draft(NERIMA_OTHER, "未認定のテンプレート").id;
        NERIMA_PUB.request().get("/api/v1/templates/" + marked).then().statusCode(200).body("byCertifiedDeveloper", equalTo(true))
                .body("solvedProposals.proposals", equalTo(0));
        NERIMA_OTHER.request().get("/api/v1/templates/" + plain).then().statusCode(200).body("byCertifiedDeveloper", equalTo(false));
        String story = NERIMA_PUB.request().contentType(ContentType.JSON).body(Map.of("title", "認定者の事例", "body", "本文"))
                .post("/api/v1/stories").then().statusCode(201).body("byCertifiedDeveloper", equalTo(true)).extract().path("id");
        assertTrue(story != null);
        // Revoked today: a template created today is no longer by a certified developer.
        Persona revoked = Persona.of("revoked", "nerima-revoked-pub", "nerima", "staff", "publisher");
        Map<String, Object> r = body(null, "2026-04-01");
        r.put("subject", revoked.subject());
        String id = record(revoked, r);
        revoked.request().contentType(ContentType.JSON).body(Map.of("reason", "取消")).post("/api/v1/certifications/" + id + "/revoke")
                .then().statusCode(200);
        String after = TemplateFixtures.draft(revoked, "取消後のテンプレート").id;
        revoked.request().get("/api/v1/templates/" + after).then().body("byCertifiedDeveloper", equalTo(false));
    }
}
