package jp.yokoten.common.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes the success answers by the portal's conventions: JSON listed first (generators pick the first media
 * type), CSV and file bodies as strings with Content-Disposition, Location on what a POST creates, ETag where the
 * object takes If-Match, and a life-cycle action (POST …/{id}/submit) answering with the object it changed.
 */
final class SuccessResponses {
    static final String JSON = "application/json";

    private SuccessResponses() {}

    static void complete(OpenAPI openAPI, PathItem.HttpMethod method, String path, Operation op) {
        if (op.getResponses().getAPIResponses().keySet().stream().noneMatch(c -> c.startsWith("2"))) {
            answerWithParent(openAPI, method, path, op);
        }
        APIResponse created = op.getResponses().getAPIResponse("201");
        if (method == PathItem.HttpMethod.POST && created != null && created.getContent() == null) {
            answerWithCreated(openAPI, path, created);
        }
        boolean conditional = takesIfMatch(openAPI, path) || takesIfMatch(openAPI, path + "/{id}");
        op.getResponses().getAPIResponses().forEach((code, response) -> {
            if (!code.startsWith("2") || response.getContent() == null) {
                return;
            }
            response.setContent(jsonFirst(response.getContent()));
            if (response.getContent().getMediaTypes().keySet().stream()
                    .anyMatch(m -> m.startsWith("text/csv") || m.equals("application/octet-stream"))) {
                header(response, "Content-Disposition", "attachment with the file name (RFC 6266; Japanese names as filename*)");
            }
            if (code.equals("201") && method == PathItem.HttpMethod.POST) {
                header(response, "Location", "URL of the created object");
            }
            if (conditional && (code.equals("201") || method != PathItem.HttpMethod.POST)) {
                header(response, "ETag", "Entity tag of the object; send it back as If-Match to change it");
            }
        });
    }

    /** CSV answers are text: without a schema a generator maps the whole operation to no return type. */
    private static Content jsonFirst(Content content) {
        Map<String, MediaType> ordered = new LinkedHashMap<>();
        MediaType json = content.getMediaType(JSON);
        if (json != null) {
            ordered.put(JSON, json);
        }
        content.getMediaTypes().forEach((name, media) -> {
            if (name.startsWith("text/csv") && (media.getSchema() == null)) {
                media.setSchema(Parameters.string().description("UTF-8 with BOM, header row, CRLF line ends (RFC 4180)"));
            }
            ordered.putIfAbsent(name, media);
        });
        Content result = OASFactory.createContent();
        ordered.forEach(result::addMediaType);
        return result;
    }

    private static void header(APIResponse response, String name, String description) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            Header header = OASFactory.createHeader().description(description).schema(Parameters.string());
            response.addHeader(name, header);
        }
    }

    private static boolean takesIfMatch(OpenAPI openAPI, String path) {
        PathItem item = openAPI.getPaths().getPathItem(path);
        return item != null && item.getOperations().values().stream().anyMatch(o -> o.getParameters() != null
                && o.getParameters().stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName())));
    }

    /** A POST's 201 without a body schema (a resource shared by several kinds cannot name one) answers like GET …/{id}. */
    private static void answerWithCreated(OpenAPI openAPI, String path, APIResponse created) {
        PathItem item = openAPI.getPaths().getPathItem(path + "/{id}");
        APIResponse ok = item == null || item.getGET() == null ? null : item.getGET().getResponses().getAPIResponse("200");
        if (ok != null && ok.getContent() != null && ok.getContent().getMediaType(JSON) != null) {
            created.setContent(OASFactory.createContent().addMediaType(JSON,
                    OASFactory.createMediaType().schema(ok.getContent().getMediaType(JSON).getSchema())));
        }
    }

    /** POST /things/{id}/verb without a documented success answers like GET /things/{id}. */
    private static void answerWithParent(OpenAPI openAPI, PathItem.HttpMethod method, String path, Operation op) {
        int slash = path.lastIndexOf('/');
        PathItem parent = method == PathItem.HttpMethod.POST && slash > 0 && path.substring(0, slash).endsWith("}")
                ? openAPI.getPaths().getPathItem(path.substring(0, slash)) : null;
        APIResponse ok = parent == null || parent.getGET() == null ? null : parent.getGET().getResponses().getAPIResponse("200");
        if (ok != null && ok.getContent() != null && ok.getContent().getMediaType(JSON) != null) {
            op.getResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("The object after the change")
                    .content(OASFactory.createContent().addMediaType(JSON,
                            OASFactory.createMediaType().schema(ok.getContent().getMediaType(JSON).getSchema()))));
        }
    }
}
