package jp.yokoten.proposal;

import static jp.yokoten.proposal.ProposalFixtures.*;
import static jp.yokoten.testing.Personas.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.yokoten.template.TemplateFixtures;
import org.junit.jupiter.api.Test;

/** The board's search (the Japanese rules of SPEC §6), filters, sorts, and similar items while typing. */
@QuarkusTest
class ProposalSearchTest {
    private static List<String> ids(String query) {
        return STAFF_OTHER.request().get("/api/v1/proposals?size=100&" + query).then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void oneAndTwoCharacterJapaneseWordsAndFullWidthInputFindProposals() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String hoiku = post(STAFF_OWN, "保育所の空き状況公開 " + tag, false);
        String zei = post(STAFF_OTHER, "税の証明書交付 " + tag, false);
        String ocr = post(PUB_OTHER, "AI-OCRで申請書を読み取る " + tag, false);
        assertEquals(List.of(hoiku), ids("q=保育 " + tag));
        assertEquals(List.of(zei), ids("q=税 " + tag));
        assertEquals(List.of(ocr), ids("q=ＡＩ－ＯＣＲ " + tag), "full-width input, NFKC");
        assertEquals(List.of(ocr), ids("q=ai " + tag), "case folded");
        assertEquals(List.of(), ids("q=保育 税 " + tag), "several words narrow (AND)");
        assertEquals(3, ids("q=" + tag).size());
    }

    @Test
    void filtersAndTheMostWardsSortFollowTheCounts() {
        String tag = "絞込" + UUID.randomUUID().toString().substring(0, 6);
        String one = post(STAFF_OWN, "選挙事務 " + tag, false);
        String three = post(STAFF_OWN, "選挙ポスター掲示場 " + tag, false);
        String two = post(STAFF_OTHER, "投票所案内 " + tag, false);
        support(STAFF_OTHER, three);
        support(SETAGAYA_STAFF, three);
        support(SETAGAYA_STAFF, two);
        support(MINATO_OTHER_STAFF, one);
        support(PUB_OWN, one);
        support(SUBMITTER, one); // one: 4 supporters, all of Minato
        assertEquals(List.of(three, two, one), ids("q=" + tag + "&sort=mostWards"));
        assertEquals(List.of(one, three, two), ids("q=" + tag + "&sort=mostSupported"));
        assertEquals(List.of(two, three, one), ids("q=" + tag), "newest first by default");
        assertEquals(List.of(two), ids("q=" + tag + "&ward=koto"));
        assertEquals(List.of(), ids("q=" + tag + "&status=accepted"));
        assertEquals(3, ids("q=" + tag + "&category=childcare&status=open").size());
    }

    @Test
    void badSearchParametersAre400Problems() {
        for (String q : List.of("sort=popular", "status=closed", "ward=atlantis", "category=nope", "size=101", "page=-1",
                "q=" + "あ".repeat(201))) {
            STAFF_OTHER.request().get("/api/v1/proposals?" + q).then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void similarProposalsAndPublishedTemplatesAppearWhileTyping() {
        String tag = "類似" + UUID.randomUUID().toString().substring(0, 4);
        String template = TemplateFixtures.draft(PUB_OTHER, Map.of("title", "粗大ごみ受付 " + tag, "platform", "kintone",
                "category", "environment", "personalData", "none", "summary", "粗大ごみの申込を受け付ける")).publish().id;
        TemplateFixtures.draft(PUB_OTHER, Map.of("title", "粗大ごみ下書き " + tag, "platform", "kintone", "category", "environment",
                "personalData", "none", "summary", "下書きのまま"));
        String proposal = post(STAFF_OWN, "粗大ごみの申込をオンラインに " + tag, false);
        var r = STAFF_OTHER.request().queryParam("title", "粗大ごみ " + tag).get("/api/v1/proposals/similar").then().statusCode(200)
                .body("proposals.id", hasItem(proposal)).body("templates.id", hasItem(template)).extract().jsonPath();
        assertTrue(r.getList("templates.title", String.class).stream().noneMatch(t -> t.contains("下書き")), "drafts never appear");
        STAFF_OTHER.request().queryParam("title", "").get("/api/v1/proposals/similar").then().statusCode(200)
                .body("proposals", empty()).body("templates", empty());
    }
}
