package jp.yokoten.standardisation;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.yokoten.project.ProjectFixtures;
import jp.yokoten.template.TemplateFixtures;
import jp.yokoten.testing.Db;
import jp.yokoten.testing.Persona;
import jp.yokoten.testing.Personas;
import org.junit.jupiter.api.Test;

/** Hearing-based adoptions count exactly once, and the board's overall rate is the KPI report's figure. */
@QuarkusTest
class HearingAdoptionTest {
    static final List<String> WARDS = List.of("chiyoda", "chuo", "minato", "shinjuku", "bunkyo", "taito", "sumida", "shinagawa",
            "meguro", "ota", "setagaya", "shibuya");

    @Inject
    Db db;

    static Persona staffOf(String ward) {
        return Persona.of(ward + " staff", ward + "-staff", ward, "staff");
    }

    static JsonPath kpis() {
        return Personas.ADMIN.request().get("/api/v1/stats/kpis").then().statusCode(200).extract().jsonPath();
    }

    static float kpi(JsonPath r, String id) {
        return r.getFloat("kpis.find { it.id == '" + id + "' }.value");
    }

    static JsonPath overview() {
        return Personas.STAFF_OWN.request().get("/api/v1/standardisation").then().statusCode(200).extract().jsonPath();
    }

    static void hearing(Persona by, String template, String ward, int status) {
        by.request().contentType(ContentType.JSON).body(Map.of("status", "production", "source", "hearing", "note", "区へのヒアリング"))
                .put("/api/v1/templates/" + template + "/adoptions/" + ward).then().statusCode(status);
    }

    /** The overview's rate and the KPI report's, read back to back, and the overview's own arithmetic. */
    static void assertRatesAgree() {
        JsonPath o = overview();
        float reported = kpi(kpis(), "standardisationRate");
        assertEquals(reported, o.getFloat("rate"), "the board's overall rate is the KPI report's standardisationRate");
        BigDecimal expected = BigDecimal.valueOf(o.getInt("standardisedProcesses")).divide(BigDecimal.valueOf(o.getInt("processes")), 4,
                RoundingMode.HALF_UP);
        assertEquals(expected.floatValue(), o.getFloat("rate"));
    }

    @Test
    void theTwelfthWardStandardisesTheProcessInTheBoardAndInTheKpiAlike() {
        String process = ProjectFixtures.process();
        String template = ProjectFixtures.standardTemplate(TemplateFixtures.KOTO_PUBLISHER, process);
        ProjectFixtures.project(process, List.of("koto"), List.of(template));
        for (String ward : WARDS.subList(0, 11)) {
            staffOf(ward).request().contentType(ContentType.JSON).body(Map.of("status", "trial"))
                    .put("/api/v1/templates/" + template + "/adoption").then().statusCode(201);
        }
        JsonPath before = overview();
        assertEquals(false, before.getBoolean("items.find { it.processId == '" + process + "' }.standardised"));
        assertEquals(11, before.getInt("items.find { it.processId == '" + process + "' }.leadingTemplateWards"));
        assertRatesAgree();

        hearing(Personas.REVIEWER, template, WARDS.get(11), 201); // the twelfth ward, learned by hearing
        JsonPath after = overview();
        assertEquals(true, after.getBoolean("items.find { it.processId == '" + process + "' }.standardised"));
        assertEquals(12, after.getInt("items.find { it.processId == '" + process + "' }.leadingTemplateWards"));
        assertEquals(before.getInt("standardisedProcesses") + 1, after.getInt("standardisedProcesses"));
        assertRatesAgree();
    }

    @Test
    void aHearingCountsOnceAndTheWardsOwnRecordReplacesIt() {
        String template = TemplateFixtures.published(TemplateFixtures.KOTO_PUBLISHER).id;
        float cross = kpi(kpis(), "crossWardAdoptions");
        hearing(Personas.REVIEWER, template, "nerima", 201);
        assertEquals(cross + 1, kpi(kpis(), "crossWardAdoptions"));
        Personas.STAFF_OTHER.request().get("/api/v1/templates/" + template + "/adoptions").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].ward", equalTo("nerima")).body("items[0].source", equalTo("hearing"))
                .body("items[0].note", equalTo("区へのヒアリング")).body("items[0].crossWard", equalTo(true));
        hearing(Personas.ADMIN, template, "nerima", 200); // a later hearing corrects the earlier one
        assertEquals(cross + 1, kpi(kpis(), "crossWardAdoptions"));

        staffOf("nerima").request().contentType(ContentType.JSON).body(Map.of("status", "trial", "note", "試行中です"))
                .put("/api/v1/templates/" + template + "/adoption").then().statusCode(200).body("source", equalTo("ward"))
                .body("status", equalTo("trial"));
        assertEquals(cross + 1, kpi(kpis(), "crossWardAdoptions"), "replaced, not added");
        staffOf("nerima").request().get("/api/v1/wards/nerima/adoptions").then().statusCode(200)
                .body("items.find { it.templateId == '" + template + "' }.source", equalTo("ward"));

        // What the ward recorded itself is not overwritten by a hearing.
        hearing(Personas.REVIEWER, template, "nerima", 409);
        Personas.STAFF_OTHER.request().get("/api/v1/templates/" + template + "/adoptions").then()
                .body("items[0].status", equalTo("trial")).body("items[0].source", equalTo("ward"));
        Personas.ADMIN.request().queryParam("objectId", template).get("/api/v1/audit").then().statusCode(200)
                .body("items[0].after.source", equalTo("ward")).body("items[1].after.source", equalTo("hearing"));
    }

    @Test
    void badHearingsAreRefusedAndChangeNothing() {
        String template = TemplateFixtures.published(TemplateFixtures.KOTO_PUBLISHER).id;
        String draft = TemplateFixtures.draft(TemplateFixtures.KOTO_PUBLISHER).withVersion("1.0.0").id;
        long adoptions = db.scalar("SELECT count(*) FROM adoption");
        Map<String, Object> noNote = new HashMap<>(Map.of("source", "hearing"));
        Map<String, Object> wrongSource = Map.of("source", "ward", "note", "x");
        Map<String, Object> future = Map.of("source", "hearing", "note", "x", "adoptedOn", "2099-01-01");
        for (Map<String, Object> body : List.<Map<String, Object>>of(noNote, wrongSource, future, Map.of("note", "x"))) {
            Personas.REVIEWER.request().contentType(ContentType.JSON).body(body)
                    .put("/api/v1/templates/" + template + "/adoptions/nerima").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        Personas.REVIEWER.request().contentType(ContentType.JSON).body(Map.of("source", "hearing", "note", "x"))
                .put("/api/v1/templates/" + template + "/adoptions/atlantis").then().statusCode(404);
        Personas.ADMIN.request().contentType(ContentType.JSON).body(Map.of("source", "hearing", "note", "x"))
                .put("/api/v1/templates/" + draft + "/adoptions/nerima").then().statusCode(409);
        assertEquals(adoptions, db.scalar("SELECT count(*) FROM adoption"));
        assertTrue(db.scalar("SELECT count(*) FROM adoption WHERE source = 'hearing' AND template_id = '" + template + "'") == 0);
    }
}
