package jp.yokoten.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.junit.jupiter.api.Test;

/** A life-cycle operation shared by several kinds reads, in the contract, as if written for each kind. */
class ItemNamesTest {
    @Test
    void namesTheKindOfThePathInSummariesAndAnswers() {
        assertEquals("Archive a story; A story; the story", named("/api/v1/stories/{id}/archive"));
        assertEquals("Archive an article; An article; the article", named("/api/v1/articles/{id}/archive"));
        assertEquals("Archive a template; A template; the template", named("/api/v1/templates"));
    }

    private static String named(String path) {
        Operation op = OASFactory.createOperation().summary("Archive {an item}; {An item}; the {item}")
                .responses(OASFactory.createAPIResponses().addAPIResponse("200",
                        OASFactory.createAPIResponse().description("The {item}")));
        ItemNames.apply(path, op);
        assertEquals("The " + op.getSummary().substring(op.getSummary().lastIndexOf(' ') + 1),
                op.getResponses().getAPIResponse("200").getDescription());
        return op.getSummary();
    }
}
