package jp.yokoten.common.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.yokoten.common.error.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The problem+json answers that {@code ProblemMapper} and the rate limiter produce, on every operation (412 and 428
 * on every operation that takes If-Match, so resources do not repeat them), and the
 * Problem schema on every error answer a resource declared by hand (a 409 or 410 needs only its description there).
 */
final class ErrorResponses {
    private static final String REF = "#/components/schemas/Problem";

    private ErrorResponses() {}

    static void addProblemSchema(OpenAPI openAPI) {
        openAPI.getComponents().addSchema("Problem", problemSchema());
    }

    static void complete(String path, Operation op) {
        APIResponses responses = op.getResponses();
        boolean takesInput = op.getRequestBody() != null
                || op.getParameters() != null && op.getParameters().stream().anyMatch(p -> p.getIn() != org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH);
        if (takesInput) {
            add(responses, "400", "Invalid parameters or body; nothing changed. `errors` lists each field and what to fix");
        }
        add(responses, "401", "No valid bearer token");
        add(responses, "403", "The caller's role does not allow this request");
        if (path.contains("{")) {
            add(responses, "404", "No such object, or not visible to the caller");
        }
        if (op.getParameters() != null && op.getParameters().stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()))) {
            add(responses, "412", "If-Match names an old version; fetch the object again and reapply the change");
            add(responses, "428", "If-Match missing; send the ETag of the version the change is based on");
        }
        add(responses, "429", "Rate limit reached; retry after the seconds in Retry-After");
        add(responses, "500", "Unexpected failure; the body carries an incident id, never internals");
        add(responses, "503", "The database or the login service is unavailable; retry after the seconds in Retry-After");
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                withProblemBody(response);
            }
            if (code.equals("429") || code.equals("503")) {
                if (response.getHeaders() == null || !response.getHeaders().containsKey("Retry-After")) {
                    response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(java.math.BigDecimal.ONE)));
                }
            }
        });
    }

    private static void add(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    /** A hand-declared error answer often has no content or a bare media type: give it the Problem schema. */
    private static void withProblemBody(APIResponse response) {
        Content content = response.getContent();
        if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
            content = OASFactory.createContent();
            response.setContent(content);
        }
        MediaType problem = content.getMediaType(Problem.MEDIA_TYPE);
        if (problem == null) {
            problem = OASFactory.createMediaType();
            content.addMediaType(Problem.MEDIA_TYPE, problem);
        }
        if (problem.getSchema() == null || problem.getSchema().getRef() == null && problem.getSchema().getType() == null) {
            problem.setSchema(OASFactory.createSchema().ref(REF));
        }
    }

    /** Insertion-ordered, so the generated document is byte-identical from run to run. */
    private static Map<String, Schema> ordered(Object... nameThenSchema) {
        Map<String, Schema> map = new LinkedHashMap<>();
        for (int i = 0; i < nameThenSchema.length; i += 2) {
            map.put((String) nameThenSchema[i], (Schema) nameThenSchema[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> example() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", "fiscalYear");
        error.put("message", "must be a year between 2000 and 2100, e.g. 2026 for April 2026 to March 2027");
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", Problem.TYPE_BASE + "invalid-input");
        example.put("title", "Invalid input");
        example.put("status", 400);
        example.put("detail", "The request has invalid fields.");
        example.put("errors", java.util.List.of(error));
        return example;
    }

    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addRequired("field").addRequired("message")
                .properties(ordered("field", string, "message", string));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addRequired("type").addRequired("title").addRequired("status")
                .properties(ordered(
                        "type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"),
                        "title", string,
                        "status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER),
                        "detail", string,
                        "errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError),
                        "findings", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                                .description("With type unjustified-findings: the high governance findings that still need a justification")
                                .items(OASFactory.createSchema().ref("#/components/schemas/FindingView"))))
                .addExample(example());
    }
}
