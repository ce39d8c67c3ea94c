package jp.yokoten.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.yokoten.demo.DemoLoader;
import jp.yokoten.testing.KeycloakDemoProfile;
import jp.yokoten.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import yokoten.client.ApiClient;
import yokoten.client.ApiException;
import yokoten.client.api.StatisticsApi;
import yokoten.client.model.Kpi;
import yokoten.client.model.KpiReport;
import yokoten.client.model.PageTemplateStats;
import yokoten.client.model.TemplateStats;
import yokoten.client.model.TimePoint;
import yokoten.client.model.TimeSeries;
import yokoten.client.model.WardStats;

/**
 * The Java client that openapi-generator builds from the committed openapi.yaml (backend/pom.xml), used as the award
 * committee's tools would: a client-credentials token from the real Keycloak, every /stats operation, typed answers
 * with the demo portal's FY2025 figures (counted by hand in DemoDataTest).
 */
@QuarkusTest
@TestProfile(KeycloakDemoProfile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedStatsClientIT {
    @Inject
    DemoLoader loader;

    String token;
    StatisticsApi stats;

    @BeforeAll
    void committeeToken() {
        loader.load();
        token = Tokens.forClient("award-committee", "award-committee-secret");
    }

    /** Per test: the test port is known only once a test runs. */
    @BeforeEach
    void committeeClient() {
        stats = new StatisticsApi(client(token));
    }

    static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        // HTTP/1.1: the JDK client's default h2c upgrade on plain http is refused now and then by the test server
        // ("Request has already been read"); a production client talks HTTPS, where HTTP/2 is negotiated by ALPN.
        client.setHttpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
        client.updateBaseUri("http://localhost:" + RestAssured.port);
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    @Test
    void getKpisReturnsTheFiscalYearsKpisAsObjects() throws ApiException {
        KpiReport report = stats.getKpis(2025);
        assertEquals(2025, report.getFiscalYear());
        assertEquals(LocalDate.of(2025, 4, 1), report.getFrom());
        assertEquals(LocalDate.of(2026, 4, 1), report.getTo());
        Map<String, Kpi> byId = report.getKpis().stream().collect(Collectors.toMap(k -> k.getId().getValue(), k -> k));
        assertEquals(12, byId.size(), "the eight portal KPIs and the four of proposals and certifications");
        Kpi cross = byId.get("crossWardAdoptions");
        assertEquals(0, new BigDecimal("21").compareTo(cross.getValue()));
        assertEquals(0, new BigDecimal("50").compareTo(cross.getTarget()));
        assertEquals(Kpi.ComparisonEnum.AT_LEAST, cross.getComparison());
        assertEquals(Boolean.FALSE, cross.getMet());
        assertEquals("他区への横展開数", cross.getLabelJa());
        assertEquals(0, new BigDecimal("13").compareTo(byId.get("newTemplates").getValue()));
        assertEquals(0, new BigDecimal("7.0").compareTo(byId.get("averageDevelopmentDays").getValue()));
        assertEquals(Boolean.TRUE, byId.get("averageDevelopmentDays").getMet(), "7.0 days meets the at-most-7 target");
        assertEquals(0, new BigDecimal("3590").compareTo(byId.get("hoursSavedMeasured").getValue()));
        assertEquals(Kpi.UnitEnum.HOURS_YEAR, byId.get("hoursSavedMeasured").getUnit());
    }

    @Test
    void getTemplateStatsPagesTypedRowsSortedByCrossWardAdoptions() throws ApiException {
        PageTemplateStats page = stats.getTemplateStats(null, 2025, null, "crossWardAdoptions", null, 0, 100);
        List<TemplateStats> rows = page.getItems();
        assertEquals(page.getTotal().intValue(), rows.size());
        assertTrue(rows.size() > 1, "the demo has published templates");
        assertEquals(21, rows.stream().mapToInt(TemplateStats::getCrossWardAdoptions).sum(), "sums to the KPI");
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).getCrossWardAdoptions() >= rows.get(i).getCrossWardAdoptions(), "sorted, largest first");
        }
        PageTemplateStats first = stats.getTemplateStats(null, 2025, null, null, null, 0, 2);
        assertEquals(2, first.getItems().size());
        assertEquals(page.getTotal(), first.getTotal());
        assertEquals(rows.get(0).getTemplateId(), first.getItems().get(0).getTemplateId());
    }

    @Test
    void getWardStatsListsEveryWardWithTheYearsCrossWardFlows() throws ApiException {
        List<WardStats> wards = stats.getWardStats(2025);
        assertEquals(23, wards.size());
        assertEquals(21, wards.stream().mapToInt(WardStats::getCrossWardReceived).sum());
        assertEquals(21, wards.stream().mapToInt(WardStats::getCrossWardGiven).sum());
        assertTrue(wards.stream().anyMatch(w -> "koto".equals(w.getWard()) && "江東区".equals(w.getNameJa())));
    }

    @Test
    void getTimeSeriesGivesTwelveMonthsThatAddUpToTheKpi() throws ApiException {
        TimeSeries series = stats.getTimeSeries("cross_ward_adoptions", "2025-04", "month", "2026-03");
        assertEquals(TimeSeries.MetricEnum.CROSS_WARD_ADOPTIONS, series.getMetric());
        assertEquals(12, series.getPoints().size());
        assertEquals("2025-04", series.getPoints().get(0).getMonth());
        assertEquals("2026-03", series.getPoints().get(11).getMonth());
        assertEquals(21, series.getPoints().stream().mapToLong(TimePoint::getValue).sum());
    }

    @Test
    void badParametersAndMissingTokensAreProblemsTheClientReports() {
        ApiException invalid = assertThrows(ApiException.class, () -> stats.getKpis(1999));
        assertEquals(400, invalid.getCode());
        assertTrue(invalid.getResponseBody().contains("fiscalYear"), invalid.getResponseBody());
        ApiException anonymous = assertThrows(ApiException.class, () -> new StatisticsApi(client(null)).getWardStats(2025));
        assertEquals(401, anonymous.getCode());
        ApiException staff = assertThrows(ApiException.class,
                () -> new StatisticsApi(client(Tokens.forUser("koto-staff"))).getTimeSeries("views", null, null, null));
        assertEquals(403, staff.getCode());
    }
}
