package jp.yokoten.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.yokoten.template.TemplateFixtures;
import jp.yokoten.testing.Persona;
import org.junit.jupiter.api.Test;

/**
 * Totals and facets of searches without words come from maintained counts: after every step of a template's
 * life (draft, edit, publish, archive) they equal a brute-force count over the template table, for every
 * kind of caller (what each may see differs) and with filters on.
 */
@QuarkusTest
class SearchCountsTest {
    static final Persona KOTO_PUB = Persona.of("koto publisher", "koto-publisher", "koto", "staff", "publisher");
    static final Persona ADACHI_PUB = Persona.of("adachi publisher", "adachi-publisher", "adachi", "staff", "publisher");
    static final Persona STAFF = Persona.of("sumida staff", "sumida-staff", "sumida", "staff");
    static final Persona REVIEWER = Persona.of("reviewer", "coe-reviewer", "chiyoda", "staff", "reviewer");
    static final Persona ADMIN = Persona.of("admin", "portal-admin", null, "staff", "admin");
    static final Map<String, String> COLUMNS = Map.of("platform", "platform", "category", "category", "ward", "owner_ward", "process", "process_id");

    @Inject
    AgroalDataSource dataSource;

    private record Row(Map<String, String> dims, Set<String> tags) {}

    /** Every template the caller may see with this status, straight from the template table. */
    private List<Row> visible(String status, String onlyWard) throws SQLException {
        String sql = "SELECT platform, category, owner_ward, process_id::text, ARRAY(SELECT DISTINCT yokoten_normalize(x) FROM unnest(tags) x) "
                + "FROM template WHERE status = ?" + (onlyWard == null ? "" : " AND owner_ward = ?");
        List<Row> rows = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, status);
            if (onlyWard != null) {
                st.setString(2, onlyWard);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> dims = new HashMap<>();
                    dims.put("platform", rs.getString(1));
                    dims.put("category", rs.getString(2));
                    dims.put("ward", rs.getString(3));
                    dims.put("process", rs.getString(4));
                    rows.add(new Row(dims, new HashSet<>(List.of((String[]) rs.getArray(5).getArray()))));
                }
            }
        }
        return rows;
    }

    private static boolean passes(Row r, Map<String, String> filters, String except) {
        return filters.entrySet().stream().allMatch(f -> f.getKey().equals(except) || f.getValue().equals(r.dims().get(f.getKey())));
    }

    private void assertExact(Persona p, String status, String onlyWard, Map<String, String> filters) throws SQLException {
        Map<String, Object> params = new HashMap<>(filters);
        params.put("status", status);
        JsonPath api = p.request().queryParams(params).get("/api/v1/templates").then().statusCode(200).extract().jsonPath();
        List<Row> rows = visible(status, onlyWard);
        String who = p + " " + params;
        assertEquals(rows.stream().filter(r -> passes(r, filters, null)).count(), api.getLong("total"), who);
        assertFalse(api.getBoolean("totalIsLowerBound"), who);
        for (String dim : COLUMNS.keySet()) {
            Map<String, Long> expected = new TreeMap<>();
            rows.stream().filter(r -> passes(r, filters, dim) && r.dims().get(dim) != null)
                    .forEach(r -> expected.merge(r.dims().get(dim), 1L, Long::sum));
            Map<String, Long> actual = new TreeMap<>();
            api.getList("facets." + dim, Map.class).forEach(f -> actual.put((String) f.get("value"), ((Number) f.get("count")).longValue()));
            assertEquals(expected, actual, who + " facet " + dim);
        }
        Map<String, Long> tags = new HashMap<>();
        rows.stream().filter(r -> passes(r, filters, "tag")).forEach(r -> r.tags().forEach(t -> tags.merge(t, 1L, Long::sum)));
        List<Map> shown = api.getList("facets.tag", Map.class);
        long smallest = Long.MAX_VALUE;
        for (Map f : shown) {
            long n = ((Number) f.get("count")).longValue();
            assertEquals(tags.get((String) f.get("value")), n, who + " tag " + f.get("value"));
            smallest = Math.min(smallest, n);
            tags.remove((String) f.get("value"));
        }
        assertTrue(shown.size() == Math.min(30, shown.size() + tags.size()), who + " shows up to 30 tags");
        long floor = smallest;
        assertTrue(tags.values().stream().allMatch(n -> n <= floor), who + " leaves out only less used tags");
    }

    private void assertAllExact() throws SQLException {
        assertExact(STAFF, "published", null, Map.of());
        assertExact(STAFF, "published", null, Map.of("platform", "kintone"));
        assertExact(STAFF, "published", null, Map.of("platform", "excel", "category", "childcare"));
        assertExact(STAFF, "published", null, Map.of("ward", "koto"));
        assertExact(KOTO_PUB, "draft", "koto", Map.of());
        assertExact(KOTO_PUB, "draft", "koto", Map.of("platform", "kintone"));
        assertExact(ADACHI_PUB, "draft", "adachi", Map.of());
        assertExact(STAFF, "draft", "", Map.of());
        assertExact(REVIEWER, "draft", null, Map.of());
        assertExact(REVIEWER, "archived", null, Map.of("ward", "koto"));
        assertExact(KOTO_PUB, "archived", "koto", Map.of());
    }

    @Test
    void countsStayExactThroughDraftPublishEditAndArchive() throws SQLException {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUB, "集計カウント検証");
        assertAllExact();
        KOTO_PUB.request().contentType("application/merge-patch+json").header("If-Match", t.etag())
                .body(Map.of("platform", "excel", "category", "childcare", "tags", List.of("保育", "カウント" + t.id.substring(0, 4))))
                .patch("/api/v1/templates/" + t.id).then().statusCode(200);
        assertAllExact();
        t.publish();
        assertAllExact();
        ADMIN.request().post("/api/v1/templates/" + t.id + "/archive").then().statusCode(200);
        assertAllExact();
    }
}
