package jp.yokoten.search;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
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
 * Search over a small Japanese catalogue built here. Every template carries this run's tag, and every
 * query filters on it, so templates of other tests in the shared test database cannot interfere.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplateSearchTest {
    static final Persona NERIMA = Persona.of("nerima publisher", "nerima-publisher", "nerima", "staff", "publisher");
    static final Persona ADACHI = Persona.of("adachi publisher", "adachi-publisher", "adachi", "staff", "publisher");
    static final Persona KOTO_STAFF = Persona.of("koto staff", "koto-staff", "koto", "staff");

    final String tag = "run" + UUID.randomUUID().toString().substring(0, 8);
    final Map<String, String> ids = new HashMap<>();

    private void template(String key, Persona owner, String title, String description, String platform, String category, boolean publish) {
        Map<String, Object> body = new HashMap<>(TemplateFixtures.validBody(title));
        body.put("description", description);
        body.put("summary", "");
        body.put("platform", platform);
        body.put("category", category);
        body.put("tags", List.of(tag, key.equals("kintone-yoyaku") ? "予約" : "業務"));
        TemplateFixtures t = TemplateFixtures.draft(owner, body);
        if (publish) {
            t.publish();
        }
        ids.put(key, t.id);
    }

    /** Built once, before the first test (REST Assured knows the test port only per test). */
    @BeforeEach
    void catalogue() {
        if (!ids.isEmpty()) {
            return;
        }
        template("hoiku-title", NERIMA, "保育園入所申請の受付管理", "入所申請を一覧で管理します。", "kintone", "childcare", true);
        template("hoiku-desc", ADACHI, "入園手続き台帳", "保育施設の入所手続きを記録します。", "excel", "childcare", true);
        template("tax", NERIMA, "住民税の減免申請チェック", "減免の要件を確認します。", "excel", "tax", true);
        template("bousai", ADACHI, "避難所運営システム", "防災訓練と避難者数の集計。", "power-apps", "disaster-prevention", true);
        template("kintone-yoyaku", NERIMA, "kintone 施設予約管理", "会議室の予約を受け付けます。", "kintone", "facilities", true);
        template("kintone-only", ADACHI, "kintone 公用車運転日報", "走行距離と燃料を集計します。", "kintone", "general-affairs", true);
        template("ai-ocr", NERIMA, "AI-OCR 帳票読取 2026", "紙の申請書を読み取ります。", "other", "resident-services", true);
        template("draft-hoiku", NERIMA, "保育の下書き", "まだ公開しない保育テンプレート", "kintone", "childcare", false);
    }

    private JsonPath search(Persona p, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("tag", tag);
        return p.request().queryParams(all).get("/api/v1/templates").then().statusCode(200).extract().jsonPath();
    }

    private List<String> hits(String q) {
        return search(KOTO_STAFF, Map.of("q", q)).getList("items.id");
    }

    private List<String> idsOf(String... keys) {
        return java.util.Arrays.stream(keys).map(ids::get).toList();
    }

    @Test
    void twoCharacterWordFindsTitleAndDescriptionAndRanksTitleFirst() {
        assertEquals(idsOf("hoiku-title", "hoiku-desc"), hits("保育"));
    }

    @Test
    void singleKanjiIsSearchable() {
        assertEquals(idsOf("tax"), hits("税"));
    }

    @Test
    void fullWidthLatinAndDigitsFindHalfWidthText() {
        assertEquals(List.of(ids.get("ai-ocr")), hits("ＡＩ－ＯＣＲ"));
        assertEquals(List.of(ids.get("ai-ocr")), hits("２０２６"));
        // equal relevance (both in the title): the newer first
        assertEquals(idsOf("kintone-only", "kintone-yoyaku"), hits("ｋｉｎｔｏｎｅ"));
        assertEquals(idsOf("kintone-only", "kintone-yoyaku"), hits("KINTONE"));
    }

    @Test
    void severalWordsNarrowTheResult() {
        assertEquals(idsOf("kintone-yoyaku"), hits("kintone 予約"));
        assertEquals(idsOf("kintone-yoyaku"), hits("予約　kintone"));
        assertEquals(List.of(), hits("保育 予約"));
    }

    @Test
    void draftsNeverAppearNotEvenInCounts() {
        JsonPath r = search(KOTO_STAFF, Map.of("q", "保育"));
        assertEquals(2, r.getInt("total"));
        assertFalse(r.getList("items.id").contains(ids.get("draft-hoiku")));
        assertEquals(2, r.getInt("facets.category.find { it.value == 'childcare' }.count"));
        JsonPath owner = search(NERIMA, Map.of("q", "保育"));
        assertEquals(2, owner.getInt("total"), "drafts stay out of the default (published) search even for their owners");
        JsonPath drafts = search(NERIMA, Map.of("status", "draft"));
        assertEquals(List.of(ids.get("draft-hoiku")), drafts.getList("items.id"));
        assertEquals(0, search(ADACHI, Map.of("status", "draft")).getInt("total"), "another ward's drafts do not exist");
        assertEquals(0, search(KOTO_STAFF, Map.of("status", "draft")).getInt("total"));
    }

    @Test
    void facetCountsSumToTotalAndHonourTheOtherFilters() {
        JsonPath all = search(KOTO_STAFF, Map.of());
        assertEquals(7, all.getInt("total"));
        for (String facet : List.of("platform", "category", "ward")) {
            List<Integer> counts = all.getList("facets." + facet + ".count", Integer.class);
            assertEquals(7, counts.stream().mapToInt(Integer::intValue).sum(), facet);
        }
        JsonPath kintone = search(KOTO_STAFF, Map.of("platform", "kintone"));
        assertEquals(3, kintone.getInt("total"));
        assertEquals(3, kintone.getInt("facets.platform.find { it.value == 'kintone' }.count"));
        assertEquals(2, kintone.getInt("facets.platform.find { it.value == 'excel' }.count"),
                "the platform facet ignores the platform filter itself");
        assertEquals(2, kintone.getInt("facets.ward.find { it.value == 'nerima' }.count"));
        assertEquals(3, kintone.getList("facets.category").size());
        JsonPath nerimaKintone = search(KOTO_STAFF, Map.of("platform", "kintone", "ward", "nerima"));
        assertEquals(2, nerimaKintone.getInt("total"));
        assertEquals(1, nerimaKintone.getInt("facets.ward.find { it.value == 'adachi' }.count"));
    }

    @Test
    void sortsAndPagingAreStable() {
        List<String> newest = search(KOTO_STAFF, Map.of("sort", "newest")).getList("items.id");
        assertEquals(ids.get("ai-ocr"), newest.get(0), "the last published comes first");
        JsonPath page0 = search(KOTO_STAFF, Map.of("sort", "newest", "size", 3, "page", 0));
        JsonPath page2 = search(KOTO_STAFF, Map.of("sort", "newest", "size", 3, "page", 2));
        assertEquals(newest.subList(0, 3), page0.getList("items.id"));
        assertEquals(newest.subList(6, 7), page2.getList("items.id"));
        assertEquals(7, page2.getInt("total"));

        KOTO_STAFF.request().contentType("application/json").body(Map.of("stars", 5)).put("/api/v1/templates/" + ids.get("tax") + "/rating")
                .then().statusCode(200);
        assertEquals(ids.get("tax"), search(KOTO_STAFF, Map.of("sort", "rated")).getList("items.id").get(0));
        for (String ward : List.of("sumida", "taito")) {
            Persona.of(ward + " staff", ward + "-staff", ward, "staff").request().contentType("application/json").body(Map.of())
                    .put("/api/v1/templates/" + ids.get("tax") + "/adoption").then().statusCode(201);
        }
        KOTO_STAFF.request().contentType("application/json").body(Map.of()).put("/api/v1/templates/" + ids.get("bousai") + "/adoption")
                .then().statusCode(201);
        // Most adopted first (tax by two wards, bousai by one); the unadopted rest by template id, as the SQL breaks ties.
        List<String> rest = ids.entrySet().stream().filter(e -> !List.of("tax", "bousai", "draft-hoiku").contains(e.getKey()))
                .map(Map.Entry::getValue).sorted().toList();
        List<String> expected = new java.util.ArrayList<>(idsOf("tax", "bousai"));
        expected.addAll(rest);
        JsonPath adopted = search(KOTO_STAFF, Map.of("sort", "adopted"));
        assertEquals(7, adopted.getInt("total"));
        assertEquals(expected, adopted.getList("items.id"));
        assertEquals(List.of(2, 1, 0, 0, 0, 0, 0), adopted.getList("items.adoptionCount", Integer.class));
    }

    @Test
    void resultsCarryWhatTheListShows() {
        JsonPath r = search(KOTO_STAFF, Map.of("q", "避難"));
        assertEquals("避難所運営システム", r.getString("items[0].title"));
        assertEquals("adachi", r.getString("items[0].ownerWard"));
        assertEquals("power-apps", r.getString("items[0].platform"));
        assertTrue(r.getList("items[0].tags").contains(tag));
    }

    @Test
    void badQueryInputIsRefused() {
        Map<String, Object> bad = Map.of(
                "q", "長".repeat(201), "sort", "popular", "size", "101", "page", "-1",
                "platform", "notes", "ward", "osaka", "category", "space");
        bad.forEach((param, value) -> KOTO_STAFF.request().queryParam(param, value).get("/api/v1/templates")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(param)));
        KOTO_STAFF.request().queryParam("q", "保育\u0000").get("/api/v1/templates").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        KOTO_STAFF.request().queryParam("status", "everything").get("/api/v1/templates").then().statusCode(400)
                .body("detail", containsString("search"));
    }
}
