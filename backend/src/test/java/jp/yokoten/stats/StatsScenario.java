package jp.yokoten.stats;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import jp.yokoten.template.TemplateFixtures;
import jp.yokoten.testing.Persona;
import jp.yokoten.testing.TestClock;

/**
 * The small year of Yokoten that {@link StatsScenarioTest} counts by hand (its Javadoc lists every publication,
 * adoption, download and view with its date): built once through the API on the pinned server clock.
 */
final class StatsScenario {
    static final Persona KOTO = Persona.of("koto publisher", "koto-publisher", "koto", "staff", "publisher");
    static final Persona SHINAGAWA = Persona.of("shinagawa publisher", "shinagawa-publisher", "shinagawa", "staff", "publisher");
    static final Persona MINATO = Persona.of("minato publisher", "minato-publisher", "minato", "staff", "publisher");
    static final Persona CHIYODA = Persona.of("chiyoda staff", "chiyoda-staff", "chiyoda", "staff");
    static final Persona KOTO_STAFF = Persona.of("koto staff", "koto-staff", "koto", "staff");
    static final Persona SETAGAYA = Persona.of("setagaya staff", "setagaya-staff", "setagaya", "staff");
    static final Persona COMMITTEE = Persona.of("committee", "service-account-award-committee", null, "award_committee");
    static final String WAITING_LIST_PROCESS = "7c1e3f8a-0001-4000-8000-000000000001";

    static String t1;
    static String t2;
    static String t3;

    private static String publish(Persona owner, String title, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(TemplateFixtures.validBody(title));
        body.putAll(extra);
        return TemplateFixtures.draft(owner, body).publish().id;
    }

    private static void adopt(Persona p, String template, Map<String, Object> body) {
        p.request().contentType(ContentType.JSON).body(body).put("/api/v1/templates/" + template + "/adoption")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    /** When every question of the tests is asked. */
    static final Instant ASKED_AT = OffsetDateTime.parse("2026-11-25T12:00:00+09:00").toInstant();

    private StatsScenario() {}

    /** Builds the year once per JVM (the stats database is cleaned when its profile starts), on the test clock. */
    static synchronized void buildOnce(TestClock clock) {
        if (t1 != null) {
            return;
        }
        clock.pin(OffsetDateTime.parse("2026-11-20T09:00:00+09:00").toInstant());
        t1 = publish(KOTO, "待機児童入所調整アプリ", Map.of("processId", WAITING_LIST_PROCESS,
                "developmentStartedOn", "2026-04-01", "releasedOn", "2026-04-05", "hoursSavedPerYear", 100));
        t2 = publish(SHINAGAWA, "家賃支援給付金管理", Map.of("developmentStartedOn", "2026-05-01", "releasedOn", "2026-05-11",
                "hoursSavedPerYear", 50));
        t3 = publish(MINATO, "公用車運転日報", Map.of("platform", "excel", "category", "resident-services"));

        adopt(SHINAGAWA, t1, Map.of("adoptedOn", "2026-03-31", "hoursSavedPerYear", 20));
        adopt(MINATO, t1, Map.of("adoptedOn", "2026-04-01", "hoursSavedPerYear", 30, "status", "production"));
        adopt(KOTO, t1, Map.of("adoptedOn", "2026-04-02"));
        adopt(KOTO, t2, Map.of("adoptedOn", "2026-06-01"));
        adopt(KOTO, t2, Map.of("adoptedOn", "2026-06-01", "status", "production", "hoursSavedPerYear", 40));
        adopt(CHIYODA, t2, Map.of("adoptedOn", "2026-07-01", "version", "1.0.0"));
        new TemplateFixturesAccess(SHINAGAWA, t2).newVersionApproved("1.1.0");
        SHINAGAWA.request().contentType(ContentType.JSON).body(Map.of("reason", "古い様式"))
                .post("/api/v1/templates/" + t2 + "/versions/1.0.0/withdraw").then().statusCode(200);

        clock.pin(OffsetDateTime.parse("2026-11-20T10:00:00+09:00").toInstant());
        for (int i = 0; i < 10; i++) {
            KOTO_STAFF.request().get("/api/v1/templates/" + t2 + "/versions/1.1.0/file").then().statusCode(200);
        }
        for (int i = 0; i < 3; i++) {
            view(KOTO_STAFF, t1);
        }
        clock.pin(OffsetDateTime.parse("2026-11-21T09:00:00+09:00").toInstant());
        view(KOTO_STAFF, t1);
        view(CHIYODA, t1);
        view(CHIYODA, t2);
        clock.pin(OffsetDateTime.parse("2026-03-31T23:30:00+09:00").toInstant());
        SETAGAYA.request().get("/api/v1/templates/" + t3 + "/versions/1.0.0/file").then().statusCode(200);
        view(SETAGAYA, t3);
        clock.pin(OffsetDateTime.parse("2026-04-01T00:10:00+09:00").toInstant());
        SETAGAYA.request().get("/api/v1/templates/" + t3 + "/versions/1.0.0/file").then().statusCode(200);
    }

    static void view(Persona p, String template) {
        p.request().get("/api/v1/templates/" + template).then().statusCode(200).body("id", equalTo(template));
    }

    /** Uploads and publishes a further version of an already published template. */
    record TemplateFixturesAccess(Persona owner, String id) {
        void newVersionApproved(String version) {
            owner.request().multiPart("file", "v.zip", jp.yokoten.testing.Zips.kintoneApp(version), "application/zip")
                    .multiPart("version", version).post("/api/v1/templates/" + id + "/versions").then().statusCode(201);
            owner.request().post("/api/v1/templates/" + id + "/submit").then().statusCode(200);
            TemplateFixtures.CHIYODA_REVIEWER.request().contentType(ContentType.JSON).body(Map.of("decision", "approve"))
                    .post("/api/v1/templates/" + id + "/review").then().statusCode(200);
        }
    }
}
