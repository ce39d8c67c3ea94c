package jp.yokoten.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.yokoten.template.TemplateFixtures;
import jp.yokoten.testing.Persona;
import jp.yokoten.testing.Personas;
import org.junit.jupiter.api.Test;

/**
 * SPEC §13: adoptions learned by hearing are marked in the statistics CSVs. The per-template and per-ward CSVs
 * carry how many of the year's adoptions came from a hearing; the ward's own later record replaces the hearing
 * (the count moves from hearing to ward, the adoption total stays).
 */
@QuarkusTest
class HearingSourceCsvTest {
    static final Persona SHINAGAWA_STAFF = Persona.of("shinagawa staff", "shinagawa-staff", "shinagawa", "staff");

    /** The CSV's rows as header name → value, for the row whose first column is {@code key}. */
    static Map<String, String> csvRow(String path, String key, String... query) {
        var request = Personas.COMMITTEE.request().accept("text/csv");
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        String text = request.get(path).then().statusCode(200).extract().asString().replace("\uFEFF", "");
        List<String> lines = Arrays.asList(text.split("\r\n"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = Arrays.asList(line.split(",", -1));
            if (cells.get(0).equals(key)) {
                Map<String, String> row = new java.util.HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), cells.get(i));
                }
                return row;
            }
        }
        throw new AssertionError("no row " + key + " in " + path);
    }

    static int shinagawa(String column) {
        return Integer.parseInt(csvRow("/api/v1/stats/wards", "shinagawa").get(column));
    }

    @Test
    void hearingAdoptionsAreMarkedInTheTemplateAndWardCsvsAndTheWardsOwnRecordReplacesThem() {
        TemplateFixtures template = TemplateFixtures.published(TemplateFixtures.KOTO_PUBLISHER);
        int made = shinagawa("adoptions_made");
        int byHearing = shinagawa("adoptions_made_by_hearing");

        Personas.REVIEWER.request().contentType(ContentType.JSON)
                .body(Map.of("status", "trial", "source", "hearing", "note", "2026年度ヒアリング調査"))
                .put("/api/v1/templates/" + template.id + "/adoptions/shinagawa").then().statusCode(201);
        Map<String, String> row = csvRow("/api/v1/stats/templates", template.id, "ward", "koto", "size", "100");
        assertEquals("1", row.get("adoptions"));
        assertEquals("1", row.get("hearing_adoptions"));
        assertEquals(made + 1, shinagawa("adoptions_made"));
        assertEquals(byHearing + 1, shinagawa("adoptions_made_by_hearing"));
        Personas.COMMITTEE.request().queryParam("ward", "koto").queryParam("size", 100).get("/api/v1/stats/templates").then()
                .statusCode(200).body("items.find { it.templateId == '" + template.id + "' }.hearingAdoptions", org.hamcrest.Matchers.equalTo(1));

        // Shinagawa confirms it itself: still one adoption, no longer from a hearing.
        SHINAGAWA_STAFF.request().contentType(ContentType.JSON).body(Map.of("status", "production"))
                .put("/api/v1/templates/" + template.id + "/adoption").then().statusCode(200);
        row = csvRow("/api/v1/stats/templates", template.id, "ward", "koto", "size", "100");
        assertEquals("1", row.get("adoptions"));
        assertEquals("0", row.get("hearing_adoptions"));
        assertEquals(made + 1, shinagawa("adoptions_made"));
        assertEquals(byHearing, shinagawa("adoptions_made_by_hearing"));
    }
}
