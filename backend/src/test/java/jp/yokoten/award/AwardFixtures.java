package jp.yokoten.award;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.yokoten.search.memory.SearchMemory;
import jp.yokoten.template.TemplateFixtures;
import jp.yokoten.testing.Persona;
import jp.yokoten.testing.Personas;

/**
 * Award rounds in a given phase, built through the API as users would: {@code round(2090, "judging")}.
 * One round per fiscal year is the rule, so a fixture first removes the test year's round (rows only; the
 * audit trail keeps its entries).
 */
final class AwardFixtures {
    static final Persona ADMIN = Personas.ADMIN;
    static final Persona MINATO_PUBLISHER = Personas.PUB_OWN;
    static final Persona SHINAGAWA_PUBLISHER = Personas.PUB_OTHER;
    /** A judge of another ward than the entries' (minato). */
    static final Persona JUDGE = Persona.of("judge (shinagawa)", "shinagawa-judge", "shinagawa", "staff", "award_committee");
    /** A judge of the entries' ward: conflict of interest. */
    static final Persona JUDGE_OWN = Persona.of("judge of the entry's ward", "minato-judge", "minato", "staff", "award_committee");
    static final Persona EXTERNAL = Persona.of("external judge", "external-judge", null, "award_committee");
    static final Persona CHUO_JUDGE = Persona.of("judge (chuo)", "chuo-judge", "chuo", "staff", "award_committee");
    /** Matrix columns: anonymous, staff and publishers of the entering ward (minato) and another, three judges, admin. */
    static final List<Persona> COLUMNS = List.of(Personas.ANON, Personas.STAFF_OWN, MINATO_PUBLISHER, SHINAGAWA_PUBLISHER, JUDGE,
            JUDGE_OWN, EXTERNAL, ADMIN);

    private AwardFixtures() {}

    static Map<String, Object> roundBody(int year) {
        return new HashMap<>(Map.of("fiscalYear", year, "title", year + "年度 特別区ノーコード・イノベーション・アワード",
                "entriesCloseOn", year + "-11-30", "judgingClosesOn", (year + 1) + "-01-31"));
    }

    /** A fresh round of {@code year}, moved forward to {@code phase}. */
    static String round(int year, String phase) {
        clear(year);
        String id = ADMIN.request().contentType(ContentType.JSON).body(roundBody(year)).post("/api/v1/awards")
                .then().statusCode(201).extract().path("id");
        moveTo(id, phase);
        return id;
    }

    static void moveTo(String round, String phase) {
        String current = ADMIN.request().get("/api/v1/awards/" + round).then().statusCode(200).extract().path("phase");
        for (int i = AwardPhase.ORDER.indexOf(current) + 1; i <= AwardPhase.ORDER.indexOf(phase); i++) {
            ADMIN.request().contentType(ContentType.JSON).body(Map.of("phase", AwardPhase.ORDER.get(i)))
                    .post("/api/v1/awards/" + round + "/phase").then().statusCode(200);
        }
    }

    static String publishedTemplate(Persona owner, String title) {
        return TemplateFixtures.draft(owner, title).publish().id;
    }

    static String enterTemplate(String round, Persona publisher, String templateId) {
        return publisher.request().contentType(ContentType.JSON)
                .body(Map.of("templateId", templateId, "statement", "区民の申請待ち時間を半分にしました。"))
                .post("/api/v1/awards/" + round + "/entries").then().statusCode(201).extract().path("id");
    }

    static void score(String round, String entry, Persona judge, int workReduction, int residentService, int originality) {
        judge.request().contentType(ContentType.JSON)
                .body(Map.of("workReduction", workReduction, "residentService", residentService, "originality", originality))
                .put("/api/v1/awards/" + round + "/entries/" + entry + "/score").then().statusCode(200);
    }

    /** The ids of a round with one minato template entered, moved to {@code phase}; one sheet by the external judge from judging on. */
    record Entered(String round, String entry, String template) {}

    static Entered entered(int year, String phase) {
        String round = round(year, AwardPhase.OPEN);
        String template = sharedTemplate();
        String entry = enterTemplate(round, MINATO_PUBLISHER, template);
        if (AwardPhase.reached(phase, AwardPhase.JUDGING)) {
            moveTo(round, AwardPhase.JUDGING);
            score(round, entry, EXTERNAL, 4, 4, 3);
        }
        moveTo(round, phase);
        return new Entered(round, entry, template);
    }

    private static String shared;

    /** One published minato template for every fixture: publishing is slow, and each round may enter it anew. */
    static synchronized String sharedTemplate() {
        if (shared == null) {
            shared = publishedTemplate(MINATO_PUBLISHER, "窓口予約システム");
        }
        return shared;
    }

    /**
     * Deletes the year's rounds, which the portal never does once a round is published: so the search memory is told as
     * the service would tell it (the prized templates' rows written again in the same transaction, see SearchIndex).
     */
    static void clear(int year) {
        AgroalDataSource ds = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            for (String sql : List.of(
                    "UPDATE template_search SET changed = pg_current_xact_id() WHERE template_id IN (SELECT e.subject_id FROM award_entry e"
                            + " JOIN award_round r ON r.id = e.round_id WHERE r.fiscal_year = ? AND e.prize IS NOT NULL)",
                    "DELETE FROM award_sheet WHERE entry_id IN (SELECT e.id FROM award_entry e JOIN award_round r ON r.id = e.round_id WHERE r.fiscal_year = ?)",
                    "DELETE FROM award_entry WHERE round_id IN (SELECT id FROM award_round WHERE fiscal_year = ?)",
                    "DELETE FROM award_round WHERE fiscal_year = ?")) {
                try (PreparedStatement st = c.prepareStatement(sql)) {
                    st.setInt(1, year);
                    st.executeUpdate();
                }
            }
            c.commit();
            c.setAutoCommit(true);
            Arc.container().instance(SearchMemory.class).get().changed();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of the award tables, to show that a refused request changed nothing. */
    static Map<String, Long> counts() {
        AgroalDataSource ds = Arc.container().instance(AgroalDataSource.class).get();
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = ds.getConnection()) {
            for (String table : List.of("award_round", "award_entry", "award_sheet", "audit_entry")) {
                try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            try (var rs = c.createStatement().executeQuery("SELECT coalesce(string_agg(r.phase || r.lock_version || coalesce(e.evidence::text, '')"
                    + " || coalesce(e.prize, ''), ',' ORDER BY r.id::text, e.id::text), '') || (SELECT coalesce(string_agg(s.id::text"
                    + " || s.work_reduction || s.resident_service || s.originality, ',' ORDER BY s.id::text), '') FROM award_sheet s)"
                    + " FROM award_round r LEFT JOIN award_entry e ON e.round_id = r.id")) {
                rs.next();
                counts.put("state (hash)", (long) rs.getString(1).hashCode());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    static void assertUnchanged(Map<String, Long> before) {
        assertEquals(before, counts(), "a refused request changed nothing");
    }
}
