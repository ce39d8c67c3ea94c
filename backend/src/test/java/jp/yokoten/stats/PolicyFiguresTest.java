package jp.yokoten.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.yokoten.template.TemplateFixtures;
import jp.yokoten.testing.Persona;
import jp.yokoten.testing.StatsDatabaseProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Proposal and certification figures (SPEC §9, §10) on hand-counted data at the JST fiscal-year edges. Creation
 * times and revocation days are placed with SQL after the API recorded the rows (the API only writes "now").
 */
@QuarkusTest
@TestProfile(StatsDatabaseProfile.class)
class PolicyFiguresTest {
    static final Persona KOTO = Persona.of("koto staff", "fig-koto", "koto", "staff");
    static final Persona MINATO = Persona.of("minato publisher", "fig-minato", "minato", "staff", "publisher");
    static final Persona SHINAGAWA = Persona.of("shinagawa staff", "fig-shinagawa", "shinagawa", "staff");
    static final Persona ADMIN = Persona.of("admin", "fig-admin", null, "staff", "admin");
    static final Persona COMMITTEE = Persona.of("committee", "service-account-award-committee", null, "award_committee");
    static boolean done;

    @Inject
    AgroalDataSource dataSource;

    private void sql(String statement) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String propose(Persona p, String title) {
        return p.request().contentType(ContentType.JSON).body(Map.of("title", title, "problem", "課題", "idea", "案"))
                .post("/api/v1/proposals").then().statusCode(201).extract().path("id");
    }

    private static String certify(String ward, String on, String expires) {
        Map<String, Object> b = new HashMap<>(Map.of("ward", ward, "displayName", "認定者", "level", "basic", "certifiedOn", on));
        if (expires != null) {
            b.put("expiresOn", expires);
        }
        return ADMIN.request().contentType(ContentType.JSON).body(b).post("/api/v1/certifications").then().statusCode(201).extract().path("id");
    }

    @BeforeEach
    void scenario() {
        if (done) {
            return;
        }
        done = true;
        String p1 = propose(KOTO, "年度末の提案");
        String p2 = propose(KOTO, "年度初めの提案");
        String p3 = propose(MINATO, "解決される提案");
        String p4 = propose(MINATO, "未解決の提案");
        sql("UPDATE proposal SET created_at = '2026-03-31T23:30:00+09:00' WHERE id = '" + p1 + "'");
        sql("UPDATE proposal SET created_at = '2026-04-01T00:10:00+09:00' WHERE id = '" + p2 + "'");
        sql("UPDATE proposal SET created_at = '2026-06-01T10:00:00+09:00' WHERE id = '" + p3 + "'");
        sql("UPDATE proposal SET created_at = '2026-07-01T10:00:00+09:00' WHERE id = '" + p4 + "'");
        SHINAGAWA.request().put("/api/v1/proposals/" + p3 + "/support").then().statusCode(200);
        SHINAGAWA.request().put("/api/v1/proposals/" + p4 + "/support").then().statusCode(200);
        KOTO.request().put("/api/v1/proposals/" + p3 + "/support").then().statusCode(200);
        SHINAGAWA.request().put("/api/v1/proposals/" + p1 + "/support").then().statusCode(200);
        sql("""
                UPDATE proposal_support s SET created_at = '2026-06-02T09:00:00+09:00' FROM proposal p
                WHERE p.id = s.proposal_id AND s.user_subject <> p.author_subject""");
        // Shinagawa's support of P4 falls in FY2027, its support of P1 (koto's) on 2026-03-31 in FY2025.
        sql("UPDATE proposal_support SET created_at = '2027-04-01T00:00:00+09:00' WHERE proposal_id = '" + p4 + "' AND user_ward = 'shinagawa'");
        sql("UPDATE proposal_support SET created_at = '2026-03-31T12:00:00+09:00' WHERE proposal_id = '" + p1 + "' AND user_ward = 'shinagawa'");
        // Solved by a template published long ago, so this class adds nothing to the other stats scenario's years.
        String template = TemplateFixtures.published(TemplateFixtures.KOTO_PUBLISHER).id;
        sql("UPDATE template SET published_at = '2020-06-01T00:00:00+09:00' WHERE id = '" + template + "'");
        sql("DELETE FROM stats_template_fy WHERE template_id = '" + template + "'");
        MINATO.request().contentType(ContentType.JSON).body(Map.of("status", "solved", "answer", "解決", "templateId", template))
                .post("/api/v1/proposals/" + p3 + "/status").then().statusCode(200);

        certify("koto", "2025-04-01", null); // C1: valid on both March 31sts
        certify("koto", "2026-03-31", null); // C2: certified on the last day of FY2025
        certify("koto", "2026-04-01", null); // C3: FY2026 only
        certify("koto", "2024-01-01", "2026-03-30"); // C4: expired before the end of FY2025
        certify("koto", "2024-01-01", "2026-03-31"); // C5: still valid on 2026-03-31
        String c6 = certify("minato", "2025-05-01", null);
        String c7 = certify("minato", "2025-05-01", null);
        sql("UPDATE certification SET revoked_on = '2026-03-31', revoked_reason = '取消' WHERE id = '" + c6 + "'"); // not valid
        sql("UPDATE certification SET revoked_on = '2026-04-01', revoked_reason = '取消' WHERE id = '" + c7 + "'"); // valid 3/31
        // Nerima meets the target of 100 exactly; Adachi misses it by one.
        sql("""
                INSERT INTO certification (id, ward, display_name, level, certified_on, recorded_by, recorded_at)
                SELECT gen_random_uuid(), w, '一括' || i, 'basic', DATE '2025-04-01', 'test', now()
                FROM (VALUES ('nerima', 100), ('adachi', 99)) AS v(w, n), generate_series(1, n) i""");
    }

    private static JsonPath kpis(int fy) {
        return COMMITTEE.request().queryParam("fiscalYear", fy).get("/api/v1/stats/kpis").then().statusCode(200).extract().jsonPath();
    }

    private static Float kpi(JsonPath r, String id) {
        return r.get("kpis.find { it.id == '" + id + "' }.value") == null ? null : r.getFloat("kpis.find { it.id == '" + id + "' }.value");
    }

    @Test
    void fiscalYear2025CountsTheProposalOfMarch31AndCertificationsValidThatDay() {
        JsonPath r = kpis(2025);
        assertEquals(1f, kpi(r, "proposals"), "P1 at 2026-03-31T23:30 JST");
        assertEquals(0f, kpi(r, "proposalsSolvedByTemplate"));
        assertEquals(203f, kpi(r, "certifiedDevelopers"), "koto C1 C2 C5 + minato C7 + nerima 100 + adachi 99");
        assertEquals(1f, kpi(r, "wardsMeetingCertificationTarget"));
    }

    @Test
    void fiscalYear2026CountsFromApril1AndTheSolvedShare() {
        JsonPath r = kpis(2026);
        assertEquals(3f, kpi(r, "proposals"), "P2 (2026-04-01T00:10 JST), P3, P4");
        assertEquals(0.3333f, kpi(r, "proposalsSolvedByTemplate"), "P3 of 3");
        assertEquals(200, r.getInt("kpis.find { it.id == 'proposals' }.target"));
        assertEquals(202f, kpi(r, "certifiedDevelopers"), "koto C1 C2 C3 + nerima 100 + adachi 99");
        assertEquals(2300, r.getInt("kpis.find { it.id == 'certifiedDevelopers' }.target"));
        assertEquals(1f, kpi(r, "wardsMeetingCertificationTarget"), "nerima only");
    }

    @Test
    void perWardFiguresAndTheirCsvColumns() {
        JsonPath w = COMMITTEE.request().queryParam("fiscalYear", 2026).get("/api/v1/stats/wards").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(1, 1, 3), List.of(w.getInt("find { it.ward == 'koto' }.proposals"),
                w.getInt("find { it.ward == 'koto' }.proposalsSupported"), w.getInt("find { it.ward == 'koto' }.certifiedDevelopers")));
        assertEquals(List.of(2, 0, 0), List.of(w.getInt("find { it.ward == 'minato' }.proposals"),
                w.getInt("find { it.ward == 'minato' }.proposalsSupported"), w.getInt("find { it.ward == 'minato' }.certifiedDevelopers")));
        assertEquals(List.of(0, 1, 0), List.of(w.getInt("find { it.ward == 'shinagawa' }.proposals"),
                w.getInt("find { it.ward == 'shinagawa' }.proposalsSupported"), w.getInt("find { it.ward == 'shinagawa' }.certifiedDevelopers")));
        JsonPath w25 = COMMITTEE.request().queryParam("fiscalYear", 2025).get("/api/v1/stats/wards").then().extract().jsonPath();
        assertEquals(1, w25.getInt("find { it.ward == 'shinagawa' }.proposalsSupported"), "support of P1 on 2026-03-31");
        assertEquals(1, w25.getInt("find { it.ward == 'minato' }.certifiedDevelopers"), "C7, revoked April 1");
        String csv = COMMITTEE.request().accept("text/csv").queryParam("fiscalYear", 2026).get("/api/v1/stats/wards").then()
                .statusCode(200).extract().asString();
        assertEquals(true, csv.lines().findFirst().orElse("").contains(",proposals,proposals_supported,certified_developers"), csv);
    }
}
