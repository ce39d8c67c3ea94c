package jp.yokoten.common.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jp.yokoten.common.http.Conditional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The component schemas by the portal's conventions. A DTO validates a closed set with {@code @Pattern(regexp =
 * "a|b|c")}; published as that pattern, generators see a free string, so it becomes an {@code enum} here. A merge
 * patch (RFC 7396) sends only what changes and {@code null} to clear a field: reusing the create schema, with its
 * required fields, makes a generated client refuse a partial patch, so every merge-patch body gets a {@code …Patch}
 * copy without required fields whose typed fields also accept null. A property that references a named enum keeps
 * only the reference.
 */
final class Schemas {
    private static final String COMPONENTS = "#/components/schemas/";
    /** Plain alternatives of words, optionally anchored or grouped: what a closed set's validation looks like. */
    private static final Pattern ALTERNATIVES = Pattern.compile("\\^?\\(?([A-Za-z0-9_-]+(?:\\|[A-Za-z0-9_-]+)*)\\)?\\$?");

    private Schemas() {}

    static void closeSets(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().values().forEach(schema -> {
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(Schemas::closeSet);
            }
        });
    }

    private static void closeSet(Schema property) {
        if (property.getRef() != null) {
            // A String field declared as an enum class (@Schema(implementation = PublicationStatus.class)) comes out as
            // {$ref, type: object}; the sibling type contradicts the referenced enum and breaks generated clients.
            property.setType(null);
            return;
        }
        if (property.getAnyOf() != null && property.getAnyOf().stream().anyMatch(s -> s.getRef() != null)) {
            // A nullable LocalDate or OffsetDateTime comes out as {type: [string, null], anyOf: [{$ref}, {type: null}]}:
            // the reference and the null alternative say it all, the sibling type only restates it.
            property.setType(null);
            return;
        }
        Schema target = property.getItems() != null ? property.getItems() : property;
        var alternatives = target.getPattern() == null ? null : ALTERNATIVES.matcher(target.getPattern());
        if (alternatives != null && alternatives.matches() && target.getEnumeration() == null) {
            target.setEnumeration(Arrays.<Object>asList(alternatives.group(1).split("\\|")));
            target.setPattern(null);
        }
    }

    /**
     * Points the operation's merge-patch body at {@code <Fields>Patch}, creating that schema once; the name replaced.
     * A body whose schema names no component (a resource shared by several kinds cannot name one; it declares a bare
     * object so that SmallRye does not describe JsonNode) patches what the collection's POST creates: {@code PATCH /things/{id}} takes a partial {@code POST /things} body.
     */
    static String patchBody(OpenAPI openAPI, String path, Operation op) {
        MediaType body = op.getRequestBody() == null || op.getRequestBody().getContent() == null ? null
                : op.getRequestBody().getContent().getMediaType(Conditional.MERGE_PATCH);
        if (body != null && (body.getSchema() == null || body.getSchema().getRef() == null)) {
            body.setSchema(createBody(openAPI, path));
        }
        String ref = body == null || body.getSchema() == null ? null : body.getSchema().getRef();
        if (ref == null || !ref.startsWith(COMPONENTS) || ref.endsWith("Patch")) {
            return null;
        }
        String name = ref.substring(COMPONENTS.length());
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Schema fields = schemas.get(name);
        if (fields == null) {
            return null;
        }
        if (!schemas.containsKey(name + "Patch")) {
            openAPI.getComponents().addSchema(name + "Patch", patchOf(name, fields));
        }
        body.setSchema(OASFactory.createSchema().ref(COMPONENTS + name + "Patch"));
        return name;
    }

    /** The JSON body schema of {@code POST} on the collection above {@code path} (…/things/{id} → …/things), if any. */
    private static Schema createBody(OpenAPI openAPI, String path) {
        var collection = openAPI.getPaths().getPathItem(path.substring(0, path.lastIndexOf('/')));
        var create = collection == null ? null : collection.getPOST();
        var json = create == null || create.getRequestBody() == null || create.getRequestBody().getContent() == null ? null
                : create.getRequestBody().getContent().getMediaType(SuccessResponses.JSON);
        return json == null ? null : json.getSchema();
    }

    /** A create schema that only a merge patch used is no longer referenced once the patch has its own (lint: unused). */
    static void dropUnused(OpenAPI openAPI, Set<String> candidates) {
        Set<String> used = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getParameters() != null) {
                op.getParameters().forEach(p -> refs(p.getSchema(), used));
            }
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> refs(m.getSchema(), used));
            }
            if (op.getResponses() != null) {
                op.getResponses().getAPIResponses().values().forEach(r -> {
                    if (r.getContent() != null) {
                        r.getContent().getMediaTypes().values().forEach(m -> refs(m.getSchema(), used));
                    }
                });
            }
        }));
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            if (!candidates.contains(name)) {
                refs(schema, used);
            }
        });
        candidates.stream().filter(name -> !used.contains(name)).forEach(openAPI.getComponents()::removeSchema);
    }

    /** Adds the names of the component schemas that {@code schema} references, directly or inside it. */
    static void refs(Schema schema, Set<String> into) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(COMPONENTS)) {
            into.add(schema.getRef().substring(COMPONENTS.length()));
        }
        refs(schema.getItems(), into);
        refs(schema.getAdditionalPropertiesSchema(), into);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> refs(p, into));
        }
        for (List<Schema> composed : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (composed != null) {
                composed.forEach(c -> refs(c, into));
            }
        }
    }

    private static Schema patchOf(String name, Schema fields) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        if (fields.getProperties() != null) {
            fields.getProperties().forEach((field, schema) -> properties.put(field, nullable(schema)));
        }
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("JSON merge patch (RFC 7396): only the fields to change; null clears an optional field. "
                        + "The patched object must still be valid (required fields stay set).")
                .properties(properties);
    }

    private static Schema nullable(Schema schema) {
        Schema copy = OASFactory.createSchema();
        copy.setAll(new LinkedHashMap<>(schema.getAll()));
        List<Schema.SchemaType> types = copy.getType();
        if (types != null && !types.isEmpty() && !types.contains(Schema.SchemaType.NULL)) {
            List<Schema.SchemaType> orNull = new ArrayList<>(types);   // the copy shares the original's list
            orNull.add(Schema.SchemaType.NULL);
            copy.setType(orNull);
        }
        if (copy.getEnumeration() != null && !copy.getEnumeration().contains(null)) {
            List<Object> values = new ArrayList<>(copy.getEnumeration());
            values.add(null);
            copy.setEnumeration(values);
        }
        return copy;
    }
}
