package jp.yokoten.search;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.yokoten.template.TemplateFixtures;
import jp.yokoten.testing.Persona;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Ranking, highlights and suggestions on a fixed catalogue built here. Every template carries this run's tag
 * and a made-up word (so other tests' templates cannot interfere), placed in a different field each time.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchRankingTest {
    static final Persona NERIMA = Persona.of("nerima publisher", "nerima-publisher", "nerima", "staff", "publisher");
    static final Persona KOTO_STAFF = Persona.of("koto staff", "koto-staff", "koto", "staff");

    final String run = UUID.randomUUID().toString().substring(0, 6);
    final String tag = "rank" + run;
    // a word nobody else uses: two archaic kana (no compatibility decomposition) and this run's letters
    final String word = "ゑゐ" + run.replaceAll("[0-9]", "x");
    final Map<String, String> ids = new HashMap<>();

    private String template(String key, String title, String summary, String description, List<String> tags, boolean publish) {
        Map<String, Object> body = new HashMap<>(TemplateFixtures.validBody(title));
        body.put("summary", summary);
        body.put("description", description);
        body.put("tags", tags);
        TemplateFixtures t = TemplateFixtures.draft(NERIMA, body);
        if (publish) {
            t.publish();
        }
        ids.put(key, t.id);
        return t.id;
    }

    @BeforeEach
    void catalogue() {
        if (!ids.isEmpty()) {
            return;
        }
        // created oldest first: without the field weight and adoptions, newest-first would reverse them
        template("title", "保育 " + word + " 受付", "要約", "説明", List.of(tag), true);
        template("title-adopted", word + " 保育の台帳", "要約", "説明", List.of(tag), true);
        template("desc", "入園手続き", "要約", "保育施設で " + word + " を使います。", List.of(tag), true);
        template("summary", "入園の記録", "保育の " + word + " です", "説明", List.of(tag), true);
        template("tags", "入園の一覧", "要約", "説明", List.of(tag, word), true);
        template("draft", word + " 下書き", "要約", "説明", List.of(tag), false);
        for (String ward : List.of("sumida", "koto")) {
            Persona.of(ward + " staff", ward + "-staff", ward, "staff").request().contentType(ContentType.JSON).body(Map.of())
                    .put("/api/v1/templates/" + ids.get("title-adopted") + "/adoption").then().statusCode(201);
        }
    }

    private JsonPath search(String q) {
        return KOTO_STAFF.request().queryParam("q", q).queryParam("tag", tag).get("/api/v1/templates").then().statusCode(200)
                .extract().jsonPath();
    }

    private List<String> idsOf(String... keys) {
        return java.util.Arrays.stream(keys).map(ids::get).toList();
    }

    @Test
    void titleBeatsTagsBeatsSummaryBeatsDescriptionAndMoreAdoptingWardsRankFirstAmongEquals() {
        assertEquals(idsOf("title-adopted", "title", "tags", "summary", "desc"), search(word).getList("items.id"));
    }

    @Test
    void pagesCrossingFromTitleHitsToTheRestKeepTheOneOrder() {
        // title hits are read on their own first; pages of 1, 2 and 3 must still concatenate to the full ranking
        List<String> all = idsOf("title-adopted", "title", "tags", "summary", "desc");
        for (int size : new int[] {1, 2, 3}) {
            List<String> seen = new java.util.ArrayList<>();
            for (int page = 0; seen.size() < all.size(); page++) {
                JsonPath p = KOTO_STAFF.request().queryParam("q", word).queryParam("tag", tag).queryParam("size", size)
                        .queryParam("page", page).get("/api/v1/templates").then().statusCode(200).extract().jsonPath();
                assertEquals(5, p.getInt("total"));
                List<String> items = p.getList("items.id");
                assertFalse(items.isEmpty(), "page " + page + " of size " + size + " is empty");
                seen.addAll(items);
            }
            assertEquals(all, seen, "pages of " + size);
        }
    }

    @Test
    void everyWordMustBeInTheFieldForItsWeight() {
        // 保育 is in the title of the first two, but word + 保育 in the summary and description of the others
        assertEquals(idsOf("title-adopted", "title", "summary", "desc"), search(word + " 保育").getList("items.id"));
    }

    @Test
    void highlightMarksTheMatchedWordsInTheFieldThatMatched() {
        JsonPath r = search("保育 " + word);
        Map<String, Object> first = r.getMap("items[0].highlight");
        assertEquals("title", first.get("field"));
        assertEquals(List.of(word, " ", "保育", "の台帳"), r.getList("items[0].highlight.fragments.text"));
        assertEquals(List.of(true, false, true, false), r.getList("items[0].highlight.fragments.match"));
        assertEquals("summary", r.getString("items[2].highlight.field"));
        assertEquals("description", r.getString("items[3].highlight.field"));
        assertEquals(List.of("保育", "施設で ", word, " を使います。"), r.getList("items[3].highlight.fragments.text"));
    }

    @Test
    void fullWidthInputIsFoldedBeforeMarking() {
        String fullWidth = word.codePoints().map(c -> c >= 'a' && c <= 'z' ? c - 'a' + 'Ａ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        JsonPath r = search(fullWidth);
        assertEquals(5, r.getInt("total"));
        assertEquals("tags", r.getString("items[2].highlight.field"));
        assertTrue(r.getList("items[2].highlight.fragments.text").contains(word), r.prettify());
    }

    @Test
    void aListWithoutWordsHasNoHighlight() {
        JsonPath r = KOTO_STAFF.request().queryParam("tag", tag).get("/api/v1/templates").then().statusCode(200).extract().jsonPath();
        assertEquals(5, r.getInt("total"));
        assertFalse(r.getBoolean("totalIsLowerBound"));
        assertEquals(null, (Object) r.get("items[0].highlight"));
    }

    @Test
    void suggestOffersPublishedTitlesAndTagsByPrefix() {
        List<String> texts = KOTO_STAFF.request().queryParam("q", word).get("/api/v1/templates/suggest")
                .then().statusCode(200).extract().jsonPath().getList("text");
        assertTrue(texts.contains(word + " 保育の台帳"), texts.toString());
        assertFalse(texts.contains(word + " 下書き"), "a draft title is never suggested");
        assertTrue(texts.size() <= 8);
        List<Map<String, String>> byTag = KOTO_STAFF.request().queryParam("q", tag.toUpperCase()).get("/api/v1/templates/suggest")
                .then().statusCode(200).extract().jsonPath().getList("");
        assertEquals(List.of(Map.of("kind", "tag", "text", tag)), byTag);
    }

    @Test
    void suggestRefusesBadInput() {
        for (String q : List.of("", " ", "保".repeat(51), "保\u0001")) {
            KOTO_STAFF.request().queryParam("q", q).get("/api/v1/templates/suggest").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("q"));
        }
        Persona.ANONYMOUS.request().queryParam("q", "保").get("/api/v1/templates/suggest").then().statusCode(401);
    }
}
