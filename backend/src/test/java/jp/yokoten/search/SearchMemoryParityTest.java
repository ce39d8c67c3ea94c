package jp.yokoten.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.search.memory.SearchMemory;
import jp.yokoten.template.TemplateFixtures;
import jp.yokoten.testing.Persona;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The search memory (search/memory) answers published-template searches exactly as the SQL statement does: the same
 * page in the same order, the same total and the same facets, for every sort, query shape, filter and page — and it
 * follows publish, archive, rating and adoption (a published template's fields do not change) before the next search. Every template carries this run's tag and
 * made-up words, so the pages here are this class's own; the facets count the whole test database on both paths.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchMemoryParityTest {
    static final Persona SUGINAMI = Persona.of("suginami publisher", "suginami-publisher", "suginami", "staff", "publisher");
    static final Persona KOTO_STAFF = Persona.of("koto staff", "koto-staff", "koto", "staff");

    @Inject
    SearchService search;

    @Inject
    SearchMemory memory;

    final String run = UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "y");
    final String tag = "par" + run;
    final String word = "ゐゑ" + run; // a word nobody else uses
    final List<String> ids = new ArrayList<>();

    private String template(String title, String summary, String description, String platform, String category, List<String> tags) {
        Map<String, Object> body = new HashMap<>(TemplateFixtures.validBody(title));
        body.put("summary", summary);
        body.put("description", description);
        body.put("platform", platform);
        body.put("category", category);
        body.put("tags", tags);
        String id = TemplateFixtures.draft(SUGINAMI, body).publish().id;
        ids.add(id);
        return id;
    }

    private static void adopt(String id, String... wards) {
        for (String w : wards) {
            Persona.of(w + " staff", w + "-staff", w, "staff").request().contentType(ContentType.JSON).body(Map.of())
                    .put("/api/v1/templates/" + id + "/adoption").then().statusCode(201);
        }
    }

    private static void rate(String id, String ward, int stars) {
        Persona.of(ward + " staff", ward + "-staff", ward, "staff").request().contentType(ContentType.JSON)
                .body(Map.of("stars", stars)).put("/api/v1/templates/" + id + "/rating").then().statusCode(200);
    }

    @BeforeEach
    void catalogue() {
        if (!ids.isEmpty()) {
            return;
        }
        String a = template("保育 " + word + " 受付", "要約", "説明", "kintone", "childcare", List.of(tag, "保育"));
        String b = template(word + " 税の台帳", "保育の要約", "説明", "power-apps", "childcare", List.of(tag));
        String c = template("入園手続き", "要約", "保育施設で " + word + " を使う", "kintone", "welfare", List.of(tag, "福祉"));
        template("入園の記録", "保育の " + word + " です", "説明", "logo-form", "health", List.of(tag));
        template("一覧 ＫＩＮＴＯＮＥ", "要約", "説明", "kintone", "childcare", List.of(tag, word));
        String f = template("税 " + word + " 申請", "申請の要約", "税の説明", "power-automate", "disaster-prevention", List.of(tag, "税"));
        template("防災 名簿", "要約", "避難の説明", "kintone", "disaster-prevention", List.of(tag));
        template("長い説明の台帳", "要約", "長い説明です。".repeat(40) + word, "excel", "welfare", List.of(tag)); // read, not held
        adopt(b, "sumida", "koto");
        adopt(a, "sumida");
        adopt(f, "koto", "minato", "sumida");
        rate(a, "koto", 5);
        rate(c, "koto", 3);
        rate(c, "sumida", 4);
        rate(f, "minato", 5);
    }

    /** Both paths for one query; the memory one must have answered (not fallen back to SQL). */
    private void assertSame(String text, String platform, String category, String ward, String filterTag, String sort, int page, int size) {
        SearchQuery q = SearchQuery.of(text, platform, category, ward, filterTag, null, null, sort, new PageRequest(page, size));
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            long before = memory.answered();
            TemplateSearchResult remembered = search.search(q);
            assertEquals(before + 1, memory.answered(), "the memory answered " + q);
            TemplateSearchResult sql = search.inSql(q, Tokeniser.query(q.text()),
                    q.text() == null ? List.of() : Tokeniser.words(q.text()));
            String what = q.toString();
            assertEquals(sql.items().stream().map(TemplateSummary::id).toList(), remembered.items().stream().map(TemplateSummary::id).toList(), what);
            assertEquals(sql.items(), remembered.items(), what);
            assertEquals(sql.total(), remembered.total(), what);
            assertFalse(sql.totalIsLowerBound(), what);
            assertEquals(sql.facets(), remembered.facets(), what);
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            request.terminate();
        }
    }

    @Test
    void everySortAndQueryShapeAnswersAsTheSqlStatement() {
        for (String sort : List.of("relevance", "newest", "adopted", "rated")) {
            for (String text : List.of(word, "保育", "税", word + " 保育", "ＫＩＮＴＯＮＥ", "保育 申請", "存在しない語" + run)) {
                assertSame(text, null, null, null, tag, sort, 0, 20);
            }
        }
        assertSame(null, null, null, null, tag, "newest", 0, 20);
        assertSame(null, null, null, null, null, "adopted", 0, 5);
    }

    @Test
    void everyFilterAndItsFacetsUnderTheOtherFilters() {
        assertSame(word, "kintone", null, null, tag, "relevance", 0, 20);
        assertSame(word, null, "childcare", null, tag, "relevance", 0, 20);
        assertSame(null, "kintone", "childcare", null, tag, "newest", 0, 20);
        assertSame(word, null, null, "suginami", tag, "rated", 0, 20);
        assertSame("保育", null, null, null, "保育", "relevance", 0, 20);
        assertSame(null, "kintone", null, null, null, "newest", 0, 20);
        assertSame(word, "excel", null, null, tag, "relevance", 0, 20);
    }

    @Test
    void pagesCutTheSameOrder() {
        for (String sort : List.of("relevance", "adopted")) {
            for (int page = 0; page < 3; page++) {
                assertSame(word, null, null, null, tag, sort, page, 2);
            }
        }
    }

    /** Both paths' suggestions for one prefix; the memory one must have answered. */
    private List<Suggestion> assertSameSuggestions(String prefix) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            long before = memory.answered();
            List<Suggestion> remembered = search.suggest(prefix);
            assertEquals(before + 1, memory.answered(), "the memory answered " + prefix);
            assertEquals(search.suggestInSql(Tokeniser.normalize(prefix).strip()), remembered, prefix);
            return remembered;
        } finally {
            request.terminate();
        }
    }

    @Test
    void suggestionsAnswerAsTheSqlStatement() {
        for (String prefix : List.of("保", "保育", "入園", "一覧", "ｋｉｎ", "税", "p", "zzz" + run, word.substring(0, 2))) {
            assertSameSuggestions(prefix);
        }
        assertTrue(assertSameSuggestions(tag.substring(0, 5)).contains(new Suggestion("tag", tag)), "this run's tag, by its prefix");
        assertTrue(assertSameSuggestions(word).contains(new Suggestion("tag", word)), "a word used as a tag");
    }

    @Test
    void publishArchiveRatingAndAdoptionReachTheNextSearch() {
        String id = template("後から " + word + " 追加", "要約", "説明", "kintone", "welfare", List.of(tag));
        String title = "後から " + word + " 追加";
        assertTrue(assertSameSuggestions("後から").contains(new Suggestion("title", title)), "published: suggested");
        assertTrue(searchIds(word, "newest").contains(id), "published: found by the next search");
        assertSame(word, null, null, null, tag, "relevance", 0, 20);

        rate(id, "nerima", 1);
        adopt(id, "nerima", "itabashi", "kita", "arakawa");
        assertEquals(id, searchIds(word, "adopted").get(0), "four adopting wards: first by adoptions");
        assertSame(word, null, null, null, tag, "rated", 0, 20);

        Persona.of("admin", "portal-admin", null, "staff", "admin").request().post("/api/v1/templates/" + id + "/archive")
                .then().statusCode(200);
        assertFalse(searchIds(word, "newest").contains(id), "archived: gone from the next search");
        assertFalse(assertSameSuggestions("後から").contains(new Suggestion("title", title)), "archived: no longer suggested");
        assertSame(word, null, null, null, tag, "newest", 0, 20);
    }

    private List<String> searchIds(String q, String sort) {
        return KOTO_STAFF.request().queryParam("q", q).queryParam("tag", tag).queryParam("sort", sort).get("/api/v1/templates")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
    }
}
