package jp.yokoten.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Set;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.PreconditionFailed;

/** Conditional edits shared by every editable resource: If-Match against an ETag, and JSON merge patch. */
public final class Conditional {
    /** RFC 7396 media type of every PATCH body. */
    public static final String MERGE_PATCH = "application/merge-patch+json";

    private Conditional() {}

    /**
     * 428 without If-Match or with {@code If-Match: *} ("any version" would let a stale editor overwrite a newer
     * one), 412 when it names an older version, 400 when the body is not a merge-patch object.
     */
    public static ObjectNode precondition(String ifMatch, String etag, JsonNode patch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw PreconditionFailed.required();
        }
        if (isWildcard(ifMatch)) {
            throw PreconditionFailed.wildcard();
        }
        if (!matches(ifMatch, etag)) {
            throw PreconditionFailed.stale();
        }
        if (!(patch instanceof ObjectNode object)) {
            throw new InvalidInput("The body must be a JSON merge patch object.", List.of());
        }
        return object;
    }

    /**
     * The fields after applying the patch, validated. Unknown or mistyped fields surface as Jackson's exceptions and
     * broken constraints as ConstraintViolationException; the problem mapper turns both into field errors.
     */
    public static <T> T patched(ObjectMapper json, Validator validator, T current, ObjectNode patch, Class<T> type)
            throws JsonProcessingException {
        ObjectNode merged = json.valueToTree(current);
        mergePatch(merged, patch);
        T fields = json.treeToValue(merged, type);
        Set<ConstraintViolation<T>> violations = validator.validate(fields);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return fields;
    }

    /** 200 with the object and its entity tag: the answer of every read or edit of an editable object. */
    public static Response tagged(Object body, String etag) {
        return Response.ok(body).tag(unquoted(etag)).build();
    }

    /** 201 with Location (a path below the API base, e.g. {@code stories/<id>}), the object and its entity tag. */
    public static Response created(UriInfo uri, String path, String etag, Object body) {
        return Response.created(URI.create(uri.getBaseUri() + "api/v1/" + path)).tag(unquoted(etag)).entity(body).build();
    }

    /** The value for Response.tag(), which adds the quotes of an entity tag itself. */
    public static String unquoted(String etag) {
        return etag.substring(1, etag.length() - 1);
    }

    static boolean isWildcard(String ifMatch) {
        for (String candidate : ifMatch.split(",")) {
            if (candidate.strip().equals("*")) {
                return true;
            }
        }
        return false;
    }

    /** Whether an If-Match header names the current entity tag (strong or weak form). */
    static boolean matches(String ifMatch, String etag) {
        for (String candidate : ifMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /** RFC 7396: null removes a member, objects merge recursively, anything else replaces. */
    static void mergePatch(ObjectNode target, ObjectNode patch) {
        patch.properties().forEach(e -> {
            JsonNode value = e.getValue();
            if (value.isNull()) {
                target.putNull(e.getKey());
            } else if (value.isObject() && target.get(e.getKey()) instanceof ObjectNode inner) {
                mergePatch(inner, (ObjectNode) value);
            } else {
                target.set(e.getKey(), value);
            }
        });
    }
}
