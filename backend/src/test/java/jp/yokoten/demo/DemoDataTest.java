package jp.yokoten.demo;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.yokoten.testing.DemoDatabaseProfile;
import jp.yokoten.testing.Db;
import jp.yokoten.testing.Persona;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The demo portal (issue 9), loaded into a database of its own: every demo user of the realm finds content for
 * their role, a second load changes nothing, and the KPI figures of both fiscal years equal a hand count.
 */
@QuarkusTest
@TestProfile(DemoDatabaseProfile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoDataTest {
    // The demo realm's users (SPEC §2), as their tokens describe them.
    static final Persona KOTO_STAFF = Persona.of("koto-staff", "koto-staff", "koto", "staff");
    static final Persona KOTO_PUBLISHER = Persona.of("koto-publisher", "koto-publisher", "koto", "staff", "publisher");
    static final Persona SHINAGAWA_PUBLISHER = Persona.of("shinagawa-publisher", "shinagawa-publisher", "shinagawa", "staff", "publisher");
    static final Persona MINATO_LEAD = Persona.of("minato-lead", "minato-lead", "minato", "staff", "publisher", "reviewer");
    static final Persona COE_REVIEWER = Persona.of("coe-reviewer", "coe-reviewer", "chiyoda", "staff", "reviewer");
    static final Persona COMMITTEE = Persona.of("committee-member", "committee-member", null, "staff", "award_committee");
    static final Persona ADMIN = Persona.of("portal-admin", "portal-admin", null, "staff", "admin");

    static final List<String> TABLES = List.of("template", "template_version", "stored_file", "version_finding", "review",
            "audit_entry", "adoption", "rating", "usage_event", "story", "story_template", "stats_template_fy", "stats_month",
            "award_round", "award_entry", "award_sheet");

    @Inject
    DemoLoader loader;

    @Inject
    Db db;

    DemoLoader.Result first;

    @BeforeAll
    void load() {
        first = loader.load();
    }

    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, db.scalar("SELECT count(*) FROM " + t)));
        return counts;
    }

    @Test
    @Order(1)
    void theFirstLoadAddsTheWholeDemoPortal() {
        assertEquals(new DemoLoader.Result(29, 44, 20, 6), first);
        assertEquals(25, db.scalar("SELECT count(*) FROM template WHERE status = 'published'"));
        assertEquals(23, db.scalar("SELECT count(DISTINCT owner_ward) FROM template WHERE status = 'published'"));
        assertEquals(8, db.scalar("SELECT count(DISTINCT platform) FROM template WHERE status = 'published'"));
        assertEquals(5, db.scalar("SELECT count(*) FROM story WHERE status = 'published'"));
        // The consultation-records sample trips the birth-date rule; its publisher justified it before submitting.
        assertEquals(1, db.scalar("SELECT count(*) FROM version_finding WHERE severity = 'high' AND justification IS NOT NULL"));
        assertEquals(0, db.scalar("SELECT count(*) FROM version_finding WHERE severity = 'high' AND justification IS NULL"));
        assertEquals(1, db.scalar("SELECT count(*) FROM audit_entry WHERE action = 'finding.justified'"));
    }

    @Test
    @Order(2)
    void loadingTwiceLeavesTheSameCounts() {
        Map<String, Long> before = counts();
        assertEquals(new DemoLoader.Result(0, 0, 0, 0), loader.load());
        assertEquals(before, counts());
    }

    @Test
    void everyDemoUserFindsContentForTheirRole() {
        KOTO_STAFF.request().get("/api/v1/templates").then().statusCode(200).body("total", equalTo(25));
        KOTO_STAFF.request().get("/api/v1/templates?sort=adopted").then().statusCode(200).body("items[0].title", equalTo("待機児童 入所調整表"));
        KOTO_STAFF.request().get("/api/v1/wards/koto/adoptions").then().statusCode(200).body("total", equalTo(4));
        KOTO_STAFF.request().get("/api/v1/stories").then().statusCode(200).body("total", equalTo(5));
        KOTO_STAFF.request().get("/api/v1/articles").then().statusCode(200).body("total", equalTo(4));
        KOTO_STAFF.request().queryParam("q", "ＡＩ－ＯＣＲ 様式").get("/api/v1/articles").then().statusCode(200)
                .body("items.title", equalTo(List.of("AI-OCRで読み取りやすい申請書様式にする5つのコツ")));
        String shelter = KOTO_STAFF.request().queryParam("q", "避難所運営管理アプリ").get("/api/v1/templates").then().extract().path("items[0].id");
        KOTO_STAFF.request().get("/api/v1/templates/" + shelter + "/articles").then().statusCode(200)
                .body("items.title", equalTo(List.of("避難所でスマートフォン入力を速くするフィールド設計")));

        KOTO_PUBLISHER.request().get("/api/v1/templates?status=draft").then().statusCode(200)
                .body("items.title", hasItem("会議室予約アプリ（作成中）"));
        KOTO_PUBLISHER.request().get("/api/v1/templates?status=in_review").then().statusCode(200)
                .body("items.title", hasItem("防災訓練 参加申込フォーム"));
        SHINAGAWA_PUBLISHER.request().get("/api/v1/templates?status=in_review").then().statusCode(200)
                .body("items.title", equalTo(List.of("給付金 問合せ管理")));
        SHINAGAWA_PUBLISHER.request().get("/api/v1/templates?ward=shinagawa").then().statusCode(200)
                .body("items.title", hasItem("家賃支援給付金 申請管理"));

        for (Persona reviewer : List.of(COE_REVIEWER, MINATO_LEAD)) {
            JsonPath queue = reviewer.request().get("/api/v1/reviews?status=pending").then().statusCode(200).extract().jsonPath();
            assertEquals(4, queue.getInt("total"), reviewer.label());
            assertEquals(List.of("template", "template", "story", "article"), queue.getList("items.subjectType"));
        }
        MINATO_LEAD.request().get("/api/v1/templates?status=draft").then().statusCode(200).body("items.title", hasItem("議事録作成支援（作成中）"));

        JsonPath current = COMMITTEE.request().get("/api/v1/stats/kpis").then().statusCode(200).extract().jsonPath();
        assertEquals(jp.yokoten.stats.FiscalYear.current().firstDay().toString(), current.getString("from"),
                "without fiscalYear: the fiscal year of the server clock");
        assertEquals(List.of("newTemplates", "crossWardAdoptions", "averageDevelopmentDays", "hoursSavedClaimed", "hoursSavedMeasured",
                "storiesPublished", "hoursSavedStories", "standardisationRate", "proposals", "proposalsSolvedByTemplate",
                "certifiedDevelopers", "wardsMeetingCertificationTarget"), current.getList("kpis.id"), "SPEC §9's twelve KPIs");

        // Every change of the demo load is audited and the operator sees all of it: one creation per template and story
        // of DemoLoader.Result, and the total of the audit list equals the table.
        assertEquals(29, db.scalar("SELECT count(*) FROM audit_entry WHERE action = 'template.created'"));
        assertEquals(6, db.scalar("SELECT count(*) FROM audit_entry WHERE action = 'story.created'"));
        ADMIN.request().get("/api/v1/audit").then().statusCode(200)
                .body("total", equalTo((int) db.scalar("SELECT count(*) FROM audit_entry")));
    }

    @Test
    void theAwardDemoShowsLastYearsWinnersAndThisYearsJudgingQueue() {
        JsonPath rounds = KOTO_STAFF.request().get("/api/v1/awards").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(2026, 2025), rounds.getList("items.fiscalYear"));
        assertEquals(List.of("judging", "published"), rounds.getList("items.phase"));
        String fy2025 = rounds.getString("items[1].id");
        JsonPath results = KOTO_STAFF.request().get("/api/v1/awards/" + fy2025 + "/results").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("grand", "excellence", "special"), results.getList("items.prize"));
        assertEquals("避難所運営管理アプリ", results.getString("items[0].title"));
        String shelter = results.getString("items[0].subjectId");
        KOTO_STAFF.request().get("/api/v1/templates/" + shelter).then().statusCode(200).body("prizes[0].labelJa", equalTo("2025年度 大賞"));
        String fy2026 = rounds.getString("items[0].id");
        Persona shinagawaJudge = Persona.of("shinagawa-judge", "shinagawa-judge", "shinagawa", "staff", "award_committee");
        Persona externalJudge = Persona.of("external-judge", "external-judge", null, "award_committee");
        shinagawaJudge.request().get("/api/v1/awards/" + fy2026 + "/entries").then().statusCode(200).body("total", equalTo(2))
                .body("items.ward", equalTo(List.of("itabashi", "sumida")));
        externalJudge.request().get("/api/v1/awards/" + fy2026 + "/entries").then().statusCode(200).body("total", equalTo(3))
                .body("items[0].evidence.hoursSavedStories", equalTo(900.0f));
        assertEquals(3, db.scalar("SELECT count(*) FROM award_sheet s JOIN award_entry e ON e.id = s.entry_id JOIN award_round r "
                + "ON r.id = e.round_id WHERE r.fiscal_year = 2026"));
    }

    static Map<String, BigDecimal> kpis(int fiscalYear) {
        JsonPath json = COMMITTEE.request().queryParam("fiscalYear", fiscalYear).get("/api/v1/stats/kpis").then().statusCode(200).extract().jsonPath();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        List<Map<String, Object>> kpis = json.getList("kpis");
        kpis.forEach(k -> values.put((String) k.get("id"), new BigDecimal(String.valueOf(k.get("value")))));
        return values;
    }

    /** Counted by hand from DemoData: published dates, development days, hours, adoptions and stories per fiscal year. */
    @Test
    void kpisOfTheLastTwoFiscalYearsMatchAHandCount() {
        Map<String, BigDecimal> fy2025 = kpis(2025);
        Map<String, BigDecimal> fy2026 = kpis(2026);
        fy2025.forEach((k, v) -> assertEquals(1, v.signum(), "FY2025 " + k + " is non-zero"));
        fy2026.forEach((k, v) -> assertEquals(1, v.signum(), "FY2026 " + k + " is non-zero"));
        Map<String, String> expected2025 = Map.of("newTemplates", "13", "crossWardAdoptions", "21", "averageDevelopmentDays", "7.0",
                "hoursSavedClaimed", "4423", "hoursSavedMeasured", "3590", "storiesPublished", "2", "hoursSavedStories", "1000",
                "standardisationRate", "0.3333");
        Map<String, String> expected2026 = Map.of("newTemplates", "12", "crossWardAdoptions", "22", "averageDevelopmentDays", "6.3",
                "hoursSavedClaimed", "3000", "hoursSavedMeasured", "2985", "storiesPublished", "3", "hoursSavedStories", "2679",
                "standardisationRate", "0.3333");
        expected2025.forEach((k, v) -> assertEquals(0, new BigDecimal(v).compareTo(fy2025.get(k)), "FY2025 " + k + " = " + fy2025.get(k)));
        expected2026.forEach((k, v) -> assertEquals(0, new BigDecimal(v).compareTo(fy2026.get(k)), "FY2026 " + k + " = " + fy2026.get(k)));
    }
}
