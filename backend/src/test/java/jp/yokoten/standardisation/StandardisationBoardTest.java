package jp.yokoten.standardisation;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.yokoten.project.ProjectFixtures;
import jp.yokoten.template.TemplateFixtures;
import jp.yokoten.testing.Db;
import jp.yokoten.testing.Persona;
import jp.yokoten.testing.Personas;
import jp.yokoten.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One common process of its own, counted by hand. Standard templates A (Koto) and B (Shinagawa); C (Minato) implements
 * the process but is not standard.
 * <pre>
 * koto      A production 2026-05-01                       → production
 * chiyoda   A trial 2026-04-01, B production 2026-06-01    → production (production beats trial; FY2025: nothing)
 * chuo      A trial 2026-03-31 (last day of FY2025)       → trial in FY2025 and FY2026
 * minato    A discontinued 2026-05-01, plan 2027-10-01    → planned (discontinued does not count)
 * bunkyo    B trial 2026-07-01, plan 2027-06-01           → trial (trial beats planned; FY2025: planned)
 * taito     B production 2026-08-01 by hearing            → production, source hearing
 * shinjuku  C production 2026-05-01 (not standard)        → not_started
 * </pre>
 * FY2026: production 3, trial 2, planned 1, not started 17, ward rate 5/23 = 0.2174; the leading template has
 * 3 wards (A: koto, chiyoda, chuo; B: chiyoda, bunkyo, taito), below the threshold of 12: not standardised.
 * FY2025: trial 1 (chuo), planned 2 (minato, bunkyo), not started 20, rate 1/23 = 0.0435, leading 1.
 */
@QuarkusTest
class StandardisationBoardTest {
    static final Persona KOTO = TemplateFixtures.KOTO_PUBLISHER;
    static final Persona SHINAGAWA = Personas.PUB_OTHER;
    static final Persona MINATO = Personas.PUB_OWN;

    static String process;
    static String a;
    static String b;

    /** The scenario is recorded and read on 2026-11-25 JST (FY2026), so its 2026 adoptions are in the past on any day the suite runs. */
    static final java.time.Instant TODAY = OffsetDateTime.parse("2026-11-25T12:00:00+09:00").toInstant();

    @Inject
    TestClock clock;

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    @Inject
    Db db;

    static Persona staff(String ward) {
        return Persona.of(ward + " publisher", ward + "-publisher", ward, "staff", "publisher");
    }

    static void adopt(Persona p, String template, String on, String status) {
        p.request().contentType(ContentType.JSON).body(Map.of("adoptedOn", on, "status", status))
                .put("/api/v1/templates/" + template + "/adoption").then().statusCode(201);
    }

    static void plan(String ward, String targetOn) {
        staff(ward).request().contentType(ContentType.JSON).body(Map.of("targetOn", targetOn, "note", "来年度予算で移行"))
                .put("/api/v1/wards/" + ward + "/plans/" + process).then().statusCode(201)
                .body("ward", equalTo(ward)).body("targetOn", equalTo(targetOn));
    }

    /** Pins the clock first (JUnit runs several @BeforeEach of one class in no stated order), then builds once. */
    @BeforeEach
    void scenario() {
        clock.pin(TODAY);
        if (process != null) {
            return;
        }
        process = ProjectFixtures.process();
        a = ProjectFixtures.standardTemplate(KOTO, process);
        b = ProjectFixtures.standardTemplate(SHINAGAWA, process);
        String c = ProjectFixtures.standardTemplate(MINATO, process);
        ProjectFixtures.project(process, List.of("koto", "shinagawa"), List.of(a, b));
        adopt(KOTO, a, "2026-05-01", "production");
        adopt(staff("chiyoda"), a, "2026-04-01", "trial");
        adopt(staff("chiyoda"), b, "2026-06-01", "production");
        adopt(staff("chuo"), a, "2026-03-31", "trial");
        adopt(MINATO, a, "2026-05-01", "discontinued");
        plan("minato", "2027-10-01");
        adopt(staff("bunkyo"), b, "2026-07-01", "trial");
        plan("bunkyo", "2027-06-01");
        Personas.REVIEWER.request().contentType(ContentType.JSON)
                .body(Map.of("adoptedOn", "2026-08-01", "status", "production", "source", "hearing", "note", "2026年8月ヒアリング調査"))
                .put("/api/v1/templates/" + b + "/adoptions/taito").then().statusCode(201);
        adopt(staff("shinjuku"), c, "2026-05-01", "production");
    }

    static JsonPath board(int fy) {
        return Personas.STAFF_OTHER.request().queryParam("fiscalYear", fy).get("/api/v1/processes/" + process + "/board")
                .then().statusCode(200).extract().jsonPath();
    }

    static Map<String, String> statuses(JsonPath board) {
        Map<String, String> s = new HashMap<>();
        List<Map<String, Object>> wards = board.getList("wards");
        wards.forEach(w -> s.put((String) w.get("ward"), (String) w.get("status")));
        return s;
    }

    @Test
    void fiscalYear2026BoardMatchesTheHandCount() {
        JsonPath r = board(2026);
        assertEquals(23, r.getList("wards").size());
        assertEquals("chiyoda", r.getString("wards[0].ward"), "official code order");
        Map<String, String> s = statuses(r);
        assertEquals(Map.of("koto", "production", "chiyoda", "production", "taito", "production", "chuo", "trial",
                "bunkyo", "trial", "minato", "planned"), Map.of("koto", s.get("koto"), "chiyoda", s.get("chiyoda"), "taito",
                s.get("taito"), "chuo", s.get("chuo"), "bunkyo", s.get("bunkyo"), "minato", s.get("minato")));
        assertEquals(17, s.values().stream().filter("not_started"::equals).count());
        assertEquals("not_started", s.get("shinjuku"), "C is not a standard template");
        assertEquals(b, r.getString("wards.find { it.ward == 'chiyoda' }.templateId"));
        assertEquals("hearing", r.getString("wards.find { it.ward == 'taito' }.source"));
        assertEquals("2027-10-01", r.getString("wards.find { it.ward == 'minato' }.planTargetOn"));
        assertEquals("2027-06-01", r.getString("wards.find { it.ward == 'bunkyo' }.planTargetOn"), "the plan stays visible");
        assertEquals(3, r.getInt("figures.production"));
        assertEquals(2, r.getInt("figures.trial"));
        assertEquals(1, r.getInt("figures.planned"));
        assertEquals(17, r.getInt("figures.notStarted"));
        assertEquals(1, r.getInt("figures.hearing"));
        assertEquals(0.2174f, r.getFloat("figures.wardRate"));
        assertEquals(3, r.getInt("figures.leadingTemplateWards"));
        assertEquals(false, r.getBoolean("figures.standardised"));
        assertEquals(1, r.getInt("figures.projects"));
        assertEquals(java.util.Set.of(a, b), java.util.Set.copyOf(r.getList("templates.id")), "C is not standard");
    }

    @Test
    void fiscalYear2025EndsOnMarch31() {
        JsonPath r = board(2025);
        Map<String, String> s = statuses(r);
        assertEquals("trial", s.get("chuo"), "adopted 2026-03-31, the last day of FY2025");
        assertEquals("not_started", s.get("chiyoda"), "adopted 2026-04-01, the first day of FY2026");
        assertEquals("planned", s.get("bunkyo"));
        assertEquals(0, r.getInt("figures.production"));
        assertEquals(1, r.getInt("figures.trial"));
        assertEquals(2, r.getInt("figures.planned"));
        assertEquals(20, r.getInt("figures.notStarted"));
        assertEquals(0.0435f, r.getFloat("figures.wardRate"));
        assertEquals(1, r.getInt("figures.leadingTemplateWards"));
    }

    @Test
    void theOverviewShowsTheSameFiguresAsTheBoard() {
        JsonPath o = Personas.STAFF_OWN.request().queryParam("fiscalYear", 2026).get("/api/v1/standardisation")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> mine = o.getMap("items.find { it.processId == '" + process + "' }");
        assertEquals(board(2026).getMap("figures"), mine);
        assertEquals(o.getInt("processes"), o.getList("items").size());
    }

    @Test
    void boardAndOverviewAreCsvWithBom() {
        String csv = new String(Personas.STAFF_OTHER.request().accept("text/csv").queryParam("fiscalYear", 2026)
                .get("/api/v1/processes/" + process + "/board").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"yokoten-board-FY2026.csv\"")).extract().asByteArray(),
                StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFward,ward_name_ja,ward_name_en,status,template_id,template_title,adopted_on,source,"
                + "plan_target_on,plan_note\r\n"), csv);
        String[] lines = csv.split("\r\n");
        assertEquals(24, lines.length);
        assertTrue(csv.contains("\r\ntaito,台東区,Taito City,production," + b + ",標準保育申請アプリ,2026-08-01,hearing,,\r\n"), csv);
        assertTrue(csv.contains("\r\nminato,港区,Minato City,planned,,,,,2027-10-01,来年度予算で移行\r\n"), csv);
        String overview = new String(Personas.STAFF_OTHER.request().accept("text/csv").queryParam("fiscalYear", 2026)
                .get("/api/v1/standardisation").then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(overview.contains("\r\n" + process + ","), overview);
        assertTrue(overview.contains(",1,3,2,1,17,1,0.2174,3,false\r\n"), overview);
    }

    @Test
    void plansOutOfRangeOrForUnknownThingsChangeNothing() {
        String ofThisProcess = "SELECT count(*) FROM ward_plan WHERE process_id = '" + process + "'";
        long plans = db.scalar(ofThisProcess);
        Persona taito = staff("taito");
        for (String target : new String[] {"2020-01-01", "2101-01-01", "not-a-date"}) {
            taito.request().contentType(ContentType.JSON).body(Map.of("targetOn", target))
                    .put("/api/v1/wards/taito/plans/" + process).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("targetOn"));
        }
        taito.request().contentType(ContentType.JSON).body(Map.of("note", "日付なし"))
                .put("/api/v1/wards/taito/plans/" + process).then().statusCode(400);
        taito.request().contentType(ContentType.JSON).body(Map.of("targetOn", "2027-04-01"))
                .put("/api/v1/wards/taito/plans/00000000-0000-4000-8000-000000000000").then().statusCode(404);
        taito.request().contentType(ContentType.JSON).body(Map.of("targetOn", "2027-04-01"))
                .put("/api/v1/wards/atlantis/plans/" + process).then().statusCode(404);
        taito.request().contentType(ContentType.JSON).body(Map.of("targetOn", "2027-04-01"))
                .put("/api/v1/wards/sumida/plans/" + process).then().statusCode(403);
        Personas.STAFF_OTHER.request().get("/api/v1/processes/00000000-0000-4000-8000-000000000000/board").then().statusCode(404);
        Personas.STAFF_OTHER.request().queryParam("fiscalYear", "1999").get("/api/v1/processes/" + process + "/board")
                .then().statusCode(400);
        assertEquals(plans, db.scalar(ofThisProcess));
    }

    @Test
    void aSecondPutReplacesThePlanAndDeleteWithdrawsIt() {
        Persona sumida = staff("sumida");
        String other = ProjectFixtures.process();
        sumida.request().contentType(ContentType.JSON).body(Map.of("targetOn", "2027-04-01"))
                .put("/api/v1/wards/sumida/plans/" + other).then().statusCode(201);
        sumida.request().contentType(ContentType.JSON).body(Map.of("targetOn", "2028-04-01", "note", "延期"))
                .put("/api/v1/wards/sumida/plans/" + other).then().statusCode(200).body("note", equalTo("延期"));
        Personas.STAFF_OTHER.request().get("/api/v1/processes/" + other + "/board").then().statusCode(200)
                .body("wards.find { it.ward == 'sumida' }.planTargetOn", equalTo("2028-04-01")).body("figures.planned", equalTo(1));
        sumida.request().delete("/api/v1/wards/sumida/plans/" + other).then().statusCode(204);
        sumida.request().delete("/api/v1/wards/sumida/plans/" + other).then().statusCode(404);
        Personas.STAFF_OTHER.request().get("/api/v1/processes/" + other + "/board").then().body("figures.planned", equalTo(0));
        Personas.ADMIN.request().queryParam("objectId", other).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.contains("plan.withdrawn", "plan.updated", "plan.declared", "process.created"));
    }
}
