package jp.yokoten.common.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Conditional edits shared by every editable resource: If-Match against an ETag, and JSON merge patch. */
public final class Conditional {
    private Conditional() {}

    /** Whether an If-Match header names the current entity tag (strong or weak form, or *). */
    public static boolean matches(String ifMatch, String etag) {
        for (String candidate : ifMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /** RFC 7396: null removes a member, objects merge recursively, anything else replaces. */
    public static void mergePatch(ObjectNode target, ObjectNode patch) {
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
