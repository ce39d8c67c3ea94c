package jp.yokoten.stats;

import static jp.yokoten.stats.StatsScenario.ASKED_AT;
import static jp.yokoten.stats.StatsScenario.CHIYODA;
import static jp.yokoten.stats.StatsScenario.COMMITTEE;
import static jp.yokoten.stats.StatsScenario.t1;
import static jp.yokoten.stats.StatsScenario.t2;
import static jp.yokoten.stats.StatsScenario.t3;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.yokoten.testing.StatsDatabaseProfile;
import jp.yokoten.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A small year of Yokoten on a database of its own, with every figure counted by hand below.
 *
 * The server clock is pinned for the whole class: the templates are published at 2026-11-20T09:00 JST and every
 * question is asked at 2026-11-25T12:00 JST, so the figures hold on any day the suite runs.
 *
 * Templates (published 2026-11-20, FY2026): T1 koto (process 待機児童関連事務, developed 4 days, claims 100 h),
 * T2 shinagawa (developed 10 days, claims 50 h), T3 minato (no dates, no claim).
 * Adoptions: shinagawa→T1 on 2026-03-31 (FY2025, cross, 20 h); minato→T1 on 2026-04-01 (FY2026, cross, 30 h);
 * koto→T1 on 2026-04-02 (own ward); koto→T2 on 2026-06-01, recorded twice (cross, 40 h);
 * chiyoda→T2 1.0.0 on 2026-07-01 (cross), then T2 1.1.0 is approved and 1.0.0 withdrawn.
 * Usage: koto-staff downloads T2 1.1.0 ten times on one JST day; setagaya-staff downloads T3 at 23:30 on
 * 2026-03-31 and 00:10 on 2026-04-01 JST (two days, two fiscal years).
 * Views (one per user, template and JST day): koto-staff opens T1 three times on 2026-11-20 and once on 2026-11-21,
 * chiyoda-staff opens T1 and T2 on 2026-11-21 (FY2026: T1 3, T2 1, T3 0; November 4); setagaya-staff opens T3 at
 * 23:30 on 2026-03-31 (FY2025, March 1). T3 is the only Excel template and the only resident-services one.
 */
@QuarkusTest
@TestProfile(StatsDatabaseProfile.class)
class StatsScenarioTest {
    @Inject
    TestClock clock;

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    @BeforeEach
    void scenario() {
        StatsScenario.buildOnce(clock);
        clock.pin(ASKED_AT);
    }

    private static JsonPath kpis(int fy) {
        return COMMITTEE.request().queryParam("fiscalYear", fy).get("/api/v1/stats/kpis").then().statusCode(200).extract().jsonPath();
    }

    private static float kpi(JsonPath report, String id) {
        return report.getFloat("kpis.find { it.id == '" + id + "' }.value");
    }

    @Test
    void kpisOfFiscalYear2026MatchTheHandCount() {
        JsonPath r = kpis(2026);
        assertEquals("2026-04-01", r.getString("from"));
        assertEquals(3f, kpi(r, "newTemplates"));
        assertEquals(3f, kpi(r, "crossWardAdoptions"), "minato→T1, koto→T2 (once, though recorded twice), chiyoda→T2");
        assertEquals(7f, kpi(r, "averageDevelopmentDays"), "(4 + 10) / 2; T3 has no dates");
        assertEquals(150f, kpi(r, "hoursSavedClaimed"));
        assertEquals(70f, kpi(r, "hoursSavedMeasured"), "30 + 40");
        assertEquals(0.3333f, kpi(r, "standardisationRate"), "1 of 3 processes: T1 adopted by shinagawa, minato, koto (threshold 3)");
        assertEquals(Boolean.TRUE, r.get("kpis.find { it.id == 'averageDevelopmentDays' }.met"));
        assertEquals(Boolean.FALSE, r.get("kpis.find { it.id == 'newTemplates' }.met"));
        assertEquals(100, r.getInt("kpis.find { it.id == 'newTemplates' }.target"));
    }

    @Test
    void adoptionDatedMarch31CountsInFiscalYear2025() {
        JsonPath r = kpis(2025);
        assertEquals(0f, kpi(r, "newTemplates"));
        assertEquals(1f, kpi(r, "crossWardAdoptions"));
        assertEquals(20f, kpi(r, "hoursSavedMeasured"));
        assertEquals(0f, kpi(r, "standardisationRate"), "by 2026-03-31 only shinagawa had adopted T1");
    }

    @Test
    void perTemplateFiguresDeduplicateAndKeepWithdrawnVersionsAdoptions() {
        JsonPath r = COMMITTEE.request().queryParam("fiscalYear", 2026).get("/api/v1/stats/templates").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(3, r.getInt("total"));
        assertEquals(t2, r.getString("items[0].templateId"), "sorted by cross-ward adoptions: T2 has 2");
        Map<String, Object> two = r.getMap("items.find { it.templateId == '" + t2 + "' }");
        assertEquals(1, two.get("downloads"), "ten downloads by one user of one version on one day count once");
        assertEquals(2, two.get("adoptions"));
        assertEquals(2, two.get("crossWardAdoptions"), "chiyoda's adoption of the withdrawn 1.0.0 still counts");
        assertEquals(2, two.get("adoptingWards"));
        Map<String, Object> one = r.getMap("items.find { it.templateId == '" + t1 + "' }");
        assertEquals(2, one.get("adoptions"), "minato and koto in FY2026; shinagawa's is FY2025");
        assertEquals(1, one.get("crossWardAdoptions"), "koto adopting its own template is not cross-ward");
        assertEquals(3, one.get("adoptingWards"), "wards adopting by the end of FY2026");
        Map<String, Object> three = r.getMap("items.find { it.templateId == '" + t3 + "' }");
        assertEquals(1, three.get("downloads"), "00:10 on April 1st JST is FY2026");

        JsonPath fy2025 = COMMITTEE.request().queryParam("fiscalYear", 2025).get("/api/v1/stats/templates").then().extract().jsonPath();
        assertEquals(1, fy2025.getInt("items.find { it.templateId == '" + t3 + "' }.downloads"), "23:30 on March 31st JST is FY2025");
        assertEquals(1, fy2025.getInt("items.find { it.templateId == '" + t1 + "' }.crossWardAdoptions"));
    }

    @Test
    void perWardFiguresAddUp() {
        JsonPath r = COMMITTEE.request().queryParam("fiscalYear", 2026).get("/api/v1/stats/wards").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(23, r.getList("$").size());
        Map<String, Object> koto = r.getMap("find { it.ward == 'koto' }");
        assertEquals(1, koto.get("templatesPublished"));
        assertEquals(2, koto.get("adoptionsMade"), "T1 (own) and T2");
        assertEquals(1, koto.get("crossWardGiven"));
        assertEquals(2, koto.get("adoptionsReceived"), "minato and koto itself adopted T1 in FY2026");
        assertEquals(1, koto.get("crossWardReceived"));
        Map<String, Object> shinagawa = r.getMap("find { it.ward == 'shinagawa' }");
        assertEquals(2, shinagawa.get("crossWardReceived"));
        assertEquals(0, shinagawa.get("adoptionsMade"), "its adoption of T1 is dated FY2025");
    }

    @Test
    void wardAdoptionsFlagNewerApprovedVersions() {
        JsonPath chiyoda = CHIYODA.request().get("/api/v1/wards/chiyoda/adoptions").then().statusCode(200).extract().jsonPath();
        assertEquals(1, chiyoda.getInt("total"));
        assertEquals("1.0.0", chiyoda.getString("items[0].version"));
        assertEquals(true, chiyoda.getBoolean("items[0].updateAvailable"));
        JsonPath koto = CHIYODA.request().get("/api/v1/wards/koto/adoptions").then().statusCode(200).extract().jsonPath();
        assertEquals(2, koto.getInt("total"));
        CHIYODA.request().get("/api/v1/templates/" + t1 + "/adoptions").then().statusCode(200)
                .body("total", equalTo(3)).body("items.ward", org.hamcrest.Matchers.contains("minato", "koto", "shinagawa"));
    }

    @Test
    void timeSeriesCountsPerMonth() {
        JsonPath downloads = COMMITTEE.request().queryParam("metric", "downloads").queryParam("from", "2026-03")
                .queryParam("to", "2026-11").get("/api/v1/stats/timeseries").then().statusCode(200).extract().jsonPath();
        assertEquals(9, downloads.getList("points").size());
        assertEquals(1, downloads.getInt("points.find { it.month == '2026-03' }.value"));
        assertEquals(1, downloads.getInt("points.find { it.month == '2026-04' }.value"));
        assertEquals(1, downloads.getInt("points.find { it.month == '2026-11' }.value"));
        JsonPath cross = COMMITTEE.request().queryParam("metric", "cross_ward_adoptions").queryParam("from", "2026-03")
                .queryParam("to", "2026-07").get("/api/v1/stats/timeseries").then().extract().jsonPath();
        assertEquals(List.of(1, 1, 0, 1, 1), cross.getList("points.value", Integer.class));
    }

    @Test
    void csvMatchesJsonAndOpensInExcel() {
        byte[] body = COMMITTEE.request().accept("text/csv").queryParam("fiscalYear", 2026).get("/api/v1/stats/templates")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asByteArray();
        assertEquals(0xEF, body[0] & 0xff, "UTF-8 BOM");
        assertEquals(0xBB, body[1] & 0xff);
        assertEquals(0xBF, body[2] & 0xff);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(text.split("\r\n"));
        assertTrue(lines.get(0).startsWith("template_id,title,owner_ward"));
        assertEquals(1 + 3, lines.size(), "header and the same three rows as the JSON total");
        assertTrue(text.contains("家賃支援給付金管理"), "Japanese intact");
        String kpiCsv = COMMITTEE.request().accept("text/csv").queryParam("fiscalYear", 2026).get("/api/v1/stats/kpis")
                .then().statusCode(200).extract().asString();
        assertTrue(kpiCsv.contains("2026,crossWardAdoptions,他区への横展開数,Cross-ward adoptions,3,50,atLeast,false,adoptions"), kpiCsv);
        String filtered = COMMITTEE.request().accept("text/csv").queryParam("fiscalYear", 2026).queryParam("ward", "koto")
                .get("/api/v1/stats/templates").then().statusCode(200).extract().asString();
        assertEquals(2, filtered.split("\r\n").length, "the ward filter applies to CSV as to JSON");
    }

    @Test
    void viewsCountOncePerUserTemplateAndJapaneseDay() {
        JsonPath r = COMMITTEE.request().queryParam("fiscalYear", 2026).queryParam("sort", "views").get("/api/v1/stats/templates")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(t1, t2, t3), r.getList("items.templateId"), "sorted by views: 3, 1, 0");
        assertEquals(List.of(3, 1, 0), r.getList("items.views", Integer.class),
                "T1: koto-staff on the 20th (three times) and the 21st, chiyoda-staff on the 21st");
        JsonPath fy2025 = COMMITTEE.request().queryParam("fiscalYear", 2025).get("/api/v1/stats/templates").then().extract().jsonPath();
        assertEquals(1, fy2025.getInt("items.find { it.templateId == '" + t3 + "' }.views"), "23:30 on March 31st JST is FY2025");
    }

    @Test
    void templatesSortByEachFigureAndFilterByWardPlatformAndCategory() {
        assertEquals(List.of(t2, t1, t3), templateIds(Map.of("sort", "hoursMeasured")), "measured 40 (koto), 30 (minato), none");
        List<String> byDownloads = templateIds(Map.of("sort", "downloads"));
        // T2 and T3 have one download each: ties fall back to the template id, ascending.
        List<String> tied = t2.compareTo(t3) < 0 ? List.of(t2, t3) : List.of(t3, t2);
        assertEquals(List.of(tied.get(0), tied.get(1), t1), byDownloads);
        assertEquals(t3, templateIds(Map.of("sort", "crossWardAdoptions")).get(2), "T3 has no adoptions");
        assertEquals(List.of(t1), templateIds(Map.of("ward", "koto")));
        assertEquals(List.of(t2), templateIds(Map.of("ward", "shinagawa")));
        assertEquals(List.of(t3), templateIds(Map.of("platform", "excel")));
        assertEquals(List.of(t3), templateIds(Map.of("category", "resident-services")));
        assertEquals(List.of(t2, t1), templateIds(Map.of("platform", "kintone", "category", "disaster-prevention")));
        assertEquals(List.of(), templateIds(Map.of("ward", "minato", "platform", "kintone")));
        JsonPath paged = COMMITTEE.request().queryParams(Map.of("fiscalYear", 2026, "sort", "views", "size", 1, "page", 1))
                .get("/api/v1/stats/templates").then().statusCode(200).extract().jsonPath();
        assertEquals(3, paged.getInt("total"));
        assertEquals(List.of(t2), paged.getList("items.templateId"), "the second page of one holds the second by views");
    }

    private static List<String> templateIds(Map<String, Object> params) {
        return COMMITTEE.request().queryParam("fiscalYear", 2026).queryParams(params).get("/api/v1/stats/templates")
                .then().statusCode(200).extract().jsonPath().getList("items.templateId");
    }

    @Test
    void timeSeriesOfViewsAdoptionsAndNewTemplates() {
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 0, 0, 4), series("views", "2026-03", "2026-11"),
                "March: setagaya on T3; November: koto-staff twice (two days) and chiyoda-staff twice (two templates)");
        assertEquals(List.of(1, 2, 0, 1, 1), series("adoptions", "2026-03", "2026-07"),
                "shinagawa 03-31; minato 04-01 and koto 04-02; koto's T2 06-01 once though recorded twice; chiyoda 07-01");
        assertEquals(List.of(0, 3, 0), series("new_templates", "2026-10", "2026-12"), "all three published on 2026-11-20");
    }

    private static List<Integer> series(String metric, String from, String to) {
        JsonPath r = COMMITTEE.request().queryParams(Map.of("metric", metric, "from", from, "to", to)).get("/api/v1/stats/timeseries")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(metric, r.getString("metric"));
        assertEquals(from, r.getString("points[0].month"));
        return r.getList("points.value", Integer.class);
    }

    @Test
    void withoutDatesTheStatisticsCoverTheFiscalYearOfTheServerClock() {
        JsonPath defaults = COMMITTEE.request().queryParam("metric", "new_templates").get("/api/v1/stats/timeseries")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("2026-04", defaults.getString("from"), "asked on 2026-11-25 JST: April to March of FY2026");
        assertEquals("2027-03", defaults.getString("to"));
        assertEquals(12, defaults.getList("points").size());
        assertEquals(3, defaults.getInt("points.find { it.month == '2026-11' }.value"));
        assertEquals("2026-04-01", COMMITTEE.request().get("/api/v1/stats/kpis").then().statusCode(200).extract().path("from"));
    }

    @Test
    void timeSeriesCsvHasABomAHeaderAndOneRowPerMonth() {
        byte[] body = COMMITTEE.request().accept("text/csv").queryParams(Map.of("metric", "adoptions", "from", "2026-03", "to", "2026-07"))
                .get("/api/v1/stats/timeseries").then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("adoptions-2026-03-2026-07.csv")).extract().asByteArray();
        assertBom(body);
        assertEquals("month,metric,value\r\n2026-03,adoptions,1\r\n2026-04,adoptions,2\r\n2026-05,adoptions,0\r\n"
                + "2026-06,adoptions,1\r\n2026-07,adoptions,1\r\n", new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void wardCsvHasEveryWardAndTheJsonFigures() {
        byte[] body = COMMITTEE.request().accept("text/csv").queryParam("fiscalYear", 2026).get("/api/v1/stats/wards")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("wards-FY2026.csv")).extract().asByteArray();
        assertBom(body);
        List<String> lines = Arrays.asList(new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertEquals("ward,name_ja,name_en,templates_published,adoptions_made,adoptions_received,cross_ward_adoptions_given,"
                + "cross_ward_adoptions_received,hours_saved_measured,hours_saved_claimed,stories_published,hours_saved_stories,"
                + "proposals,proposals_supported,certified_developers,adoptions_made_by_hearing", lines.get(0));
        assertEquals(1 + 23, lines.size(), "a header and the 23 wards");
        String[] koto = lines.stream().filter(l -> l.startsWith("koto,")).findFirst().orElseThrow().split(",", -1);
        assertEquals(List.of("koto", "江東区", "Koto City", "1", "2", "2", "1", "1"), Arrays.asList(koto).subList(0, 8),
                "published T1; made 2 (T1 its own, T2); received 2 (minato, itself); cross-ward given 1 (T2), received 1 (minato)");
        assertEquals(0, new java.math.BigDecimal("40").compareTo(new java.math.BigDecimal(koto[8])), "measured on its adoption of T2");
        assertEquals(0, new java.math.BigDecimal("100").compareTo(new java.math.BigDecimal(koto[9])), "claimed on T1");
        assertEquals("0", koto[15], "every adoption of the scenario was recorded by the ward itself, none by hearing");
        String[] shinagawa = lines.stream().filter(l -> l.startsWith("shinagawa,")).findFirst().orElseThrow().split(",", -1);
        assertEquals(List.of("1", "0", "2", "0", "2"), Arrays.asList(shinagawa).subList(3, 8),
                "T2 adopted by koto and chiyoda; its own adoption of T1 is dated FY2025");
        String[] nerima = lines.stream().filter(l -> l.startsWith("nerima,")).findFirst().orElseThrow().split(",", -1);
        assertEquals(List.of("0", "0", "0", "0", "0"), Arrays.asList(nerima).subList(3, 8), "a ward without activity has zeros, not blanks");
    }

    private static void assertBom(byte[] body) {
        assertEquals(List.of(0xEF, 0xBB, 0xBF), List.of(body[0] & 0xff, body[1] & 0xff, body[2] & 0xff), "UTF-8 BOM for Excel");
    }

    @Test
    void badStatisticsInputIsRefused() {
        Map<String, Map<String, Object>> bad = Map.of(
                "/api/v1/stats/kpis", Map.of("fiscalYear", "1999"),
                "/api/v1/stats/templates", Map.of("sort", "popularity"),
                "/api/v1/stats/wards", Map.of("fiscalYear", "next"),
                "/api/v1/stats/timeseries", Map.of("metric", "likes"));
        bad.forEach((path, params) -> COMMITTEE.request().queryParams(params).get(path).then().statusCode(400)
                .contentType("application/problem+json"));
        COMMITTEE.request().queryParams(Map.of("metric", "downloads", "from", "2026-05", "to", "2026-04"))
                .get("/api/v1/stats/timeseries").then().statusCode(400).body("errors[0].field", equalTo("from"));
        COMMITTEE.request().queryParams(Map.of("metric", "downloads", "interval", "week"))
                .get("/api/v1/stats/timeseries").then().statusCode(400).body("errors[0].field", equalTo("interval"));
    }
}
