package jp.yokoten.common.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.yokoten.common.error.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents what every /api/v1 operation shares, so resources stay free of repeated annotations:
 * the bearer-token requirement and the problem+json answers that {@code ProblemMapper} produces.
 */
public class ProblemResponsesFilter implements OASFilter {
    private static final String REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/v1")) {
                return;
            }
            for (Operation op : item.getOperations().values()) {
                op.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("keycloak"));
                APIResponses responses = op.getResponses();
                add(responses, "401", "No valid bearer token");
                add(responses, "403", "The caller's role does not allow this request");
                if (path.contains("{")) {
                    add(responses, "404", "No such object, or not visible to the caller");
                }
                add(responses, "500", "Unexpected failure; the body carries an incident id, never internals");
            }
        });
    }

    private static void add(APIResponses responses, String code, String description) {
        if (responses.hasAPIResponse(code)) {
            return;
        }
        responses.addAPIResponse(code, OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)))));
    }

    /** Insertion-ordered, so the generated document is byte-identical from run to run. */
    private static Map<String, Schema> ordered(Object... nameThenSchema) {
        Map<String, Schema> map = new LinkedHashMap<>();
        for (int i = 0; i < nameThenSchema.length; i += 2) {
            map.put((String) nameThenSchema[i], (Schema) nameThenSchema[i + 1]);
        }
        return map;
    }

    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .properties(ordered("field", string, "message", string));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addRequired("type").addRequired("title").addRequired("status")
                .properties(ordered(
                        "type", string,
                        "title", string,
                        "status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER),
                        "detail", string,
                        "errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError),
                        "findings", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                                .description("With type unjustified-findings: the high governance findings that still need a justification")
                                .items(OASFactory.createSchema().ref("#/components/schemas/FindingView"))));
    }
}
