package jp.yokoten.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.junit.jupiter.api.Test;

/** A new endpoint nobody named still gets a verb-first operationId from its method and path. */
class OperationIdsTest {
    @Test
    void derivesVerbFirstNamesForUnnamedEndpoints() {
        assertEquals("listBookmarks", OperationIds.derive(HttpMethod.GET, "/api/v1/bookmarks"));
        assertEquals("getBookmarks", OperationIds.derive(HttpMethod.GET, "/api/v1/bookmarks/{id}"));
        assertEquals("createBookmarks", OperationIds.derive(HttpMethod.POST, "/api/v1/bookmarks"));
        assertEquals("closeStories", OperationIds.derive(HttpMethod.POST, "/api/v1/stories/{id}/close"));
        assertEquals("updateStories", OperationIds.derive(HttpMethod.PATCH, "/api/v1/stories/{id}"));
        assertEquals("deleteTemplatesBookmark", OperationIds.derive(HttpMethod.DELETE, "/api/v1/templates/{id}/bookmark"));
        assertEquals("listStatsWardTrends", OperationIds.derive(HttpMethod.GET, "/api/v1/stats/ward-trends"));
    }
}
