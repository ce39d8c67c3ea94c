package jp.yokoten.adoption;

import static jp.yokoten.template.TemplateFixtures.KOTO_PUBLISHER;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Map;
import jp.yokoten.template.TemplateFixtures;
import jp.yokoten.testing.Db;
import jp.yokoten.testing.Persona;
import jp.yokoten.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdoptionTest {
    static final Persona SUMIDA = Persona.of("sumida staff", "sumida-staff", "sumida", "staff");
    static final Persona NO_WARD = Persona.of("committee member", "committee-member", null, "staff", "award_committee");

    @Inject
    Db db;

    @Inject
    TestClock clock;

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    private static io.restassured.response.Response adopt(Persona p, String id, Object body) {
        return p.request().contentType(ContentType.JSON).body(body).put("/api/v1/templates/" + id + "/adoption");
    }

    /** Counts only the rows of this test's template, so classes running alongside on the same database do not matter. */
    private ValidatableResponse refused(String template, int status, java.util.function.Supplier<io.restassured.response.Response> call) {
        String adoptions = "SELECT count(*) FROM adoption WHERE template_id = '" + template + "'";
        String events = "SELECT count(*) FROM usage_event WHERE template_id = '" + template + "'";
        long adoptionsBefore = db.scalar(adoptions);
        long eventsBefore = db.scalar(events);
        ValidatableResponse r = call.get().then().statusCode(status).contentType("application/problem+json");
        assertEquals(adoptionsBefore, db.scalar(adoptions), "no adoption saved");
        assertEquals(eventsBefore, db.scalar(events), "no event logged");
        return r;
    }

    @Test
    void recordingAgainUpdatesTheSameAdoption() {
        // A minute before midnight in Tokyo (14:59 UTC): the default date is Japan's, November 20th.
        clock.pin(OffsetDateTime.parse("2026-11-20T23:59:00+09:00").toInstant());
        TemplateFixtures t = TemplateFixtures.published(KOTO_PUBLISHER);
        adopt(SUMIDA, t.id, Map.of()).then().statusCode(201)
                .body("status", equalTo("trial")).body("version", equalTo("1.0.0")).body("crossWard", equalTo(true))
                .body("adoptedOn", equalTo("2026-11-20"));
        adopt(SUMIDA, t.id, Map.of("status", "production", "hoursSavedPerYear", 120.5, "note", "全課で運用中")).then().statusCode(200)
                .body("status", equalTo("production")).body("hoursSavedPerYear", equalTo(120.5f));
        SUMIDA.request().get("/api/v1/templates/" + t.id + "/adoptions").then().body("total", equalTo(1))
                .body("items[0].note", equalTo("全課で運用中"));
        SUMIDA.request().get("/api/v1/templates/" + t.id).then().body("adoptionCount", equalTo(1));
    }

    @Test
    void badAdoptionsAreRefusedAndChangeNothing() {
        // 00:30 on November 21st in Tokyo is still November 20th in UTC: the 21st is today, the 22nd the future.
        clock.pin(OffsetDateTime.parse("2026-11-21T00:30:00+09:00").toInstant());
        TemplateFixtures t = TemplateFixtures.published(KOTO_PUBLISHER);
        refused(t.id, 400, () -> adopt(SUMIDA, t.id, Map.of("adoptedOn", "2026-11-22"))).body("errors[0].field", equalTo("adoptedOn"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("2026-11-21"));
        refused(t.id, 400, () -> adopt(SUMIDA, t.id, Map.of("version", "9.9.9"))).body("errors[0].field", equalTo("version"));
        refused(t.id, 400, () -> adopt(SUMIDA, t.id, Map.of("status", "maybe"))).body("errors[0].field", equalTo("status"));
        refused(t.id, 400, () -> adopt(SUMIDA, t.id, Map.of("hoursSavedPerYear", -3))).body("errors[0].field", equalTo("hoursSavedPerYear"));
        refused(t.id, 400, () -> adopt(SUMIDA, t.id, Map.of("adoptedOn", "2026-02-30"))).body("errors[0].field", equalTo("adoptedOn"));
        refused(t.id, 403, () -> adopt(NO_WARD, t.id, Map.of())).body("detail", org.hamcrest.Matchers.containsString("no ward"));
        adopt(Persona.of("taito staff", "taito-staff", "taito", "staff"), t.id, Map.of("adoptedOn", "2026-11-21")).then().statusCode(201)
                .body("adoptedOn", equalTo("2026-11-21"));

        new StatsAccess(t).uploadDraft("1.1.0");
        refused(t.id, 400, () -> adopt(SUMIDA, t.id, Map.of("version", "1.1.0"))).body("errors[0].field", equalTo("version"));
        KOTO_PUBLISHER.request().contentType(ContentType.JSON).body(Map.of("reason", "不具合"))
                .post("/api/v1/templates/" + t.id + "/versions/1.0.0/withdraw").then().statusCode(200);
        refused(t.id, 409, () -> adopt(SUMIDA, t.id, Map.of("version", "1.0.0")));
    }

    @Test
    void unpublishedTemplatesCannotBeAdopted() {
        TemplateFixtures draft = TemplateFixtures.draft(KOTO_PUBLISHER).withVersion("1.0.0");
        refused(draft.id, 404, () -> adopt(SUMIDA, draft.id, Map.of()));
        refused(draft.id, 409, () -> adopt(TemplateFixtures.KOTO_PUBLISHER, draft.id, Map.of()));
    }

    @Test
    void unknownWardIsNotFound() {
        SUMIDA.request().get("/api/v1/wards/osaka/adoptions").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anArchivedTemplatesTitleIsNotShownToOtherWardsButStillToItsOwningWardsPublisher() {
        String title = "廃止予定アプリ " + java.util.UUID.randomUUID();
        TemplateFixtures archived = TemplateFixtures.draft(KOTO_PUBLISHER, title).publish();
        TemplateFixtures kept = TemplateFixtures.published(KOTO_PUBLISHER);
        adopt(SUMIDA, archived.id, Map.of()).then().statusCode(201);
        adopt(SUMIDA, kept.id, Map.of()).then().statusCode(201);
        KOTO_PUBLISHER.request().post("/api/v1/templates/" + archived.id + "/archive").then().statusCode(200);

        String sumidaAdoptions = "/api/v1/wards/sumida/adoptions?size=100";
        for (Persona other : java.util.List.of(SUMIDA, Persona.of("shinagawa publisher", "shinagawa-publisher", "shinagawa", "staff", "publisher"))) {
            other.request().get(sumidaAdoptions).then().statusCode(200)
                    .body("items.templateId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(archived.id)))
                    .body("items.templateId", org.hamcrest.Matchers.hasItem(kept.id))
                    .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(title)));
        }
        KOTO_PUBLISHER.request().get(sumidaAdoptions).then().statusCode(200)
                .body("items.find { it.templateId == '" + archived.id + "' }.templateTitle", equalTo(title));
        Persona.of("reviewer", "coe-reviewer", "chiyoda", "staff", "reviewer").request().get(sumidaAdoptions).then().statusCode(200)
                .body("items.find { it.templateId == '" + archived.id + "' }.templateTitle", equalTo(title));
    }

    @Test
    void theTotalOfAWardsAdoptionsCountsOnlyWhatTheCallerMaySee() {
        Persona nerima = Persona.of("nerima staff", "nerima-staff-" + java.util.UUID.randomUUID(), "nerima", "staff");
        TemplateFixtures archived = TemplateFixtures.published(KOTO_PUBLISHER);
        adopt(nerima, archived.id, Map.of()).then().statusCode(201);
        long before = nerima.request().get("/api/v1/wards/nerima/adoptions").then().statusCode(200).extract().jsonPath().getLong("total");
        KOTO_PUBLISHER.request().post("/api/v1/templates/" + archived.id + "/archive").then().statusCode(200);
        nerima.request().get("/api/v1/wards/nerima/adoptions").then().statusCode(200).body("total", equalTo((int) before - 1));
    }

    record StatsAccess(TemplateFixtures t) {
        void uploadDraft(String version) {
            t.withVersion(version);
        }
    }
}
