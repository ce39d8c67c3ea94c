package jp.yokoten.common.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Verb-first operationIds, the method names of generated clients ({@code getKpis}, {@code searchTemplates}).
 * A resource's own {@code @Operation(operationId = …)} wins; then the names below; a new endpoint without either
 * gets one derived from its method and path ({@code POST /things/{id}/close} → {@code closeThing}), so the document
 * never lacks one, but a hand-picked name reads better: add it here or on the resource.
 */
final class OperationIds {
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("GET /audit", "searchAudit"),
            Map.entry("GET /categories", "listCategories"),
            Map.entry("GET /me", "getMe"),
            Map.entry("GET /platforms", "listPlatforms"),
            Map.entry("GET /processes", "listProcesses"),
            Map.entry("POST /processes", "createProcess"),
            Map.entry("PUT /processes/{id}", "renameProcess"),
            Map.entry("GET /reviews", "listReviews"),
            Map.entry("GET /stats/kpis", "getKpis"),
            Map.entry("GET /stats/templates", "getTemplateStats"),
            Map.entry("GET /stats/timeseries", "getTimeSeries"),
            Map.entry("GET /stats/wards", "getWardStats"),
            Map.entry("GET /stories", "searchStories"),
            Map.entry("POST /stories", "createStory"),
            Map.entry("GET /stories/{id}", "getStory"),
            Map.entry("PATCH /stories/{id}", "updateStory"),
            Map.entry("POST /stories/{id}/archive", "archiveStory"),
            Map.entry("POST /stories/{id}/review", "reviewStory"),
            Map.entry("POST /stories/{id}/submit", "submitStory"),
            Map.entry("GET /templates", "searchTemplates"),
            Map.entry("POST /templates", "createTemplate"),
            Map.entry("GET /templates/{id}", "getTemplate"),
            Map.entry("PATCH /templates/{id}", "updateTemplate"),
            Map.entry("PUT /templates/{id}/adoption", "recordAdoption"),
            Map.entry("GET /templates/{id}/adoptions", "listTemplateAdoptions"),
            Map.entry("POST /templates/{id}/archive", "archiveTemplate"),
            Map.entry("PUT /templates/{id}/rating", "rateTemplate"),
            Map.entry("DELETE /templates/{id}/rating", "deleteRating"),
            Map.entry("GET /templates/{id}/ratings", "listRatings"),
            Map.entry("POST /templates/{id}/review", "reviewTemplate"),
            Map.entry("GET /templates/{id}/stories", "listTemplateStories"),
            Map.entry("POST /templates/{id}/submit", "submitTemplate"),
            Map.entry("GET /templates/{id}/versions", "listVersions"),
            Map.entry("POST /templates/{id}/versions", "uploadVersion"),
            Map.entry("GET /templates/{id}/versions/{version}/file", "downloadVersionFile"),
            Map.entry("GET /templates/{id}/versions/{version}/findings", "listFindings"),
            Map.entry("PUT /templates/{id}/versions/{version}/findings/{findingId}/justification", "justifyFinding"),
            Map.entry("POST /templates/{id}/versions/{version}/withdraw", "withdrawVersion"),
            Map.entry("GET /wards", "listWards"),
            Map.entry("GET /wards/{slug}/adoptions", "listWardAdoptions"));

    private final Set<String> used = new HashSet<>();

    void assign(PathItem.HttpMethod method, String path, Operation op) {
        String id = op.getOperationId();
        if (id == null || id.isBlank()) {
            String key = method + " " + path.substring(ContractFilter.API_PREFIX.length());
            id = NAMED.getOrDefault(key, derive(method, path));
        }
        // Unique by construction; a clash (two derived names) keeps both operations addressable.
        String unique = id;
        for (int n = 2; !used.add(unique); n++) {
            unique = id + n;
        }
        op.setOperationId(unique);
    }

    /** {@code GET /a/{id}/bs} → getABs; {@code POST /as} → createA… kept plain: a generator only needs it stable. */
    static String derive(PathItem.HttpMethod method, String path) {
        List<String> literals = new ArrayList<>();
        String[] segments = path.substring(ContractFilter.API_PREFIX.length()).split("/");
        boolean endsWithParameter = segments.length > 0 && segments[segments.length - 1].startsWith("{");
        for (String s : segments) {
            if (!s.isEmpty() && !s.startsWith("{")) {
                literals.add(s);
            }
        }
        String verb = switch (method) {
            case GET -> endsWithParameter ? "get" : "list";
            case POST -> !endsWithParameter && segments.length > 2 && segments[segments.length - 2].startsWith("{")
                    ? literals.remove(literals.size() - 1) : "create";
            case PUT -> "put";
            case PATCH -> "update";
            case DELETE -> "delete";
            default -> method.name().toLowerCase();
        };
        StringBuilder id = new StringBuilder(verb);
        literals.forEach(l -> {
            for (String word : l.split("[-_.]")) {
                if (!word.isEmpty()) {
                    id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
            }
        });
        return id.toString();
    }
}
