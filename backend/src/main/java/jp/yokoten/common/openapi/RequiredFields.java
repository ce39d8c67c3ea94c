package jp.yokoten.common.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * An answer's schema lists every property as {@code required}: the JSON always carries it (Jackson writes null
 * fields), so generated clients type it as present (no TypeScript {@code ?}, no Python default). A property that can be
 * null says so on the record component with {@code @Schema(nullable = true)}; SmallRye publishes that the OpenAPI 3.1
 * way, {@code type: [x, "null"]}, or {@code anyOf: [{$ref}, {type: "null"}]} for a referenced schema, which the
 * generators type as present but possibly null (TypeScript {@code T | null}, Python {@code Optional[T]}). A record whose null fields are left out of the JSON
 * ({@code @JsonInclude(NON_NULL)}) says so with the schema extension {@value #OMITTED}: none of its properties is
 * required. A schema that names its required properties itself keeps its list: the Problem schema, and request bodies
 * that are also answers (their list comes from their Bean Validation constraints). ResponseContractTest holds the
 * served JSON to these lists.
 */
final class RequiredFields {
    /** The extension of a schema whose null properties are absent from the JSON rather than null. */
    static final String OMITTED = "x-omitted-when-null";

    private RequiredFields() {}

    static void apply(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null || openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        schemas.values().forEach(RequiredFields::nullInClosedSets);
        for (String name : answered(openAPI, schemas)) {
            Schema schema = schemas.get(name);
            if (schema == null || schema.getProperties() == null || schema.getRequired() != null && !schema.getRequired().isEmpty()
                    || schema.getAll().containsKey(OMITTED)) { // (getExtensions() is null on a document read back from the build)
                continue;
            }
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        }
    }

    /** The component schemas an answer can contain: those its responses reference, and what they reference in turn. */
    private static Set<String> answered(OpenAPI openAPI, Map<String, Schema> schemas) {
        Set<String> found = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getResponses() != null) {
                op.getResponses().getAPIResponses().values().forEach(r -> {
                    if (r.getContent() != null) {
                        r.getContent().getMediaTypes().values().forEach(m -> Schemas.refs(m.getSchema(), found));
                    }
                });
            }
        }));
        Set<String> done = new HashSet<>();
        while (done.size() < found.size()) {
            for (String name : new ArrayList<>(found)) {
                if (done.add(name)) {
                    Schemas.refs(schemas.get(name), found);
                }
            }
        }
        return found;
    }

    private static boolean admitsNull(Schema schema) {
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL)) {
            return true;
        }
        for (List<Schema> alternatives : Arrays.asList(schema.getAnyOf(), schema.getOneOf())) {
            if (alternatives != null && alternatives.stream().anyMatch(RequiredFields::admitsNull)) {
                return true;
            }
        }
        return schema.getAllOf() != null && !schema.getAllOf().isEmpty() && schema.getAllOf().stream().allMatch(RequiredFields::admitsNull);
    }

    /** A closed set that may be null lists null among its values, or a validator refuses the null the type allows. */
    private static void nullInClosedSets(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().values().forEach(property -> {
            if (property.getEnumeration() != null && !property.getEnumeration().contains(null) && admitsNull(property)) {
                List<Object> values = new ArrayList<>(property.getEnumeration());
                values.add(null);
                property.setEnumeration(values);
            }
        });
    }
}
