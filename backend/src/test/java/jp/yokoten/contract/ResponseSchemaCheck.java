package jp.yokoten.contract;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A REST Assured filter that holds every JSON answer to the OpenAPI document the server publishes: each
 * {@code required} property present, {@code null} only where the schema admits it, types, enums and undeclared
 * properties checked, recursively through {@code $ref}, arrays, maps, {@code allOf} and {@code anyOf}/{@code oneOf}.
 * What a generated client relies on (a Python model refuses a missing required field, a Java one a wrong type) fails
 * here first, with the JSON path of each violation.
 */
public final class ResponseSchemaCheck implements Filter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode doc;
    private final List<Route> routes = new ArrayList<>();

    ResponseSchemaCheck(JsonNode doc) {
        this.doc = doc;
        doc.path("paths").properties().forEach(p -> routes.add(new Route(p.getKey(), p.getValue())));
        // /templates/suggest before /templates/{id}: the route with more literal segments wins.
        routes.sort(Comparator.comparingLong(Route::literals).reversed());
    }

    /** The document the running server publishes (GET /q/openapi). */
    static ResponseSchemaCheck served() {
        try {
            return new ResponseSchemaCheck(JSON.readTree(given().queryParam("format", "json").get("/q/openapi").asString()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext ctx) {
        Response answer = ctx.next(request, response);
        String type = answer.contentType() == null ? "" : answer.contentType().split(";")[0].trim();
        if (!type.endsWith("json")) {
            return answer;
        }
        String path = URI.create(request.getURI()).getRawPath();
        String where = request.getMethod() + " " + path + " → " + answer.statusCode();
        Route route = routes.stream().filter(r -> r.matches(path)).findFirst()
                .orElseThrow(() -> new AssertionError(where + ": no such path in the published contract"));
        JsonNode schema = route.item.path(request.getMethod().toLowerCase()).path("responses")
                .path(String.valueOf(answer.statusCode())).path("content").path(type).path("schema");
        if (schema.isMissingNode()) {
            throw new AssertionError(where + ": the contract documents no " + type + " answer with this status");
        }
        List<String> violations;
        try {
            violations = violations(JSON.readTree(answer.asByteArray()), schema);
        } catch (java.io.IOException e) {
            throw new AssertionError(where + ": the body is not JSON", e);
        }
        if (!violations.isEmpty()) {
            throw new AssertionError(where + " breaks the published contract:\n  " + String.join("\n  ", violations));
        }
        return answer;
    }

    /** What in {@code value} the schema does not allow, one line per violation, each with its JSON path. */
    List<String> violations(JsonNode value, JsonNode schema) {
        List<String> out = new ArrayList<>();
        check(value, schema, "$", out);
        return out;
    }

    private void check(JsonNode value, JsonNode schema, String at, List<String> out) {
        schema = resolve(schema);
        if (value.isNull()) {
            if (!admitsNull(schema)) {
                out.add(at + " is null, but the contract does not say it may be (" + abbreviate(schema) + ")");
            }
            return;
        }
        for (String alternatives : new String[] {"anyOf", "oneOf"}) {
            if (schema.has(alternatives)) {
                List<String> closest = null;
                for (JsonNode alternative : schema.get(alternatives)) {
                    List<String> tried = new ArrayList<>();
                    check(value, alternative, at, tried);
                    if (closest == null || tried.size() < closest.size()) {
                        closest = tried;
                    }
                }
                out.addAll(closest == null ? List.of() : closest); // the violations of the alternative it comes closest to
            }
        }
        schema.path("allOf").forEach(part -> check(value, part, at, out));
        if (schema.has("type") && !hasType(value, schema.get("type"))) {
            out.add(at + " is " + value.getNodeType() + " " + abbreviate(value) + ", the contract says " + schema.get("type"));
            return;
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            out.add(at + " = " + value + " is not one of " + schema.get("enum"));
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                if (schema.has("items")) {
                    check(value.get(i), schema.get("items"), at + "[" + i + "]", out);
                }
            }
        }
        if (value.isObject()) {
            checkObject(value, schema, at, out);
        }
    }

    private void checkObject(JsonNode value, JsonNode schema, String at, List<String> out) {
        JsonNode properties = schema.path("properties");
        schema.path("required").forEach(name -> {
            if (!value.has(name.asText())) {
                out.add(at + "." + name.asText() + " is required by the contract but missing");
            }
        });
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String path = at + "." + field.getKey();
            if (properties.has(field.getKey())) {
                check(field.getValue(), properties.get(field.getKey()), path, out);
            } else if (schema.path("additionalProperties").isObject()) {
                check(field.getValue(), schema.get("additionalProperties"), path, out);
            } else if (properties.size() > 0 && !schema.has("additionalProperties")) {
                out.add(path + " is sent but not in the contract");
            }
        }
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("only local references are resolved: " + ref);
            }
            schema = doc.at(ref.substring(1));
        }
        return schema;
    }

    /** As JSON Schema reads it: only a type, an enum or alternatives that leave null out refuse it ({} takes anything). */
    private boolean admitsNull(JsonNode schema) {
        schema = resolve(schema);
        if (schema.has("type")) {
            return hasType(NullNode.getInstance(), schema.get("type"));
        }
        if (schema.has("enum")) {
            return contains(schema.get("enum"), NullNode.getInstance());
        }
        for (String alternatives : new String[] {"anyOf", "oneOf"}) {
            if (schema.has(alternatives)) {
                boolean any = false;
                for (JsonNode alternative : schema.get(alternatives)) {
                    any |= admitsNull(alternative);
                }
                return any;
            }
        }
        for (JsonNode part : schema.path("allOf")) {
            if (!admitsNull(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasType(JsonNode value, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (hasType(value, t)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber() || value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0;
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> true;
        };
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode v : values) {
            if (v.equals(value) || v.isValueNode() && value.isValueNode() && !v.isNull() && v.asText().equals(value.asText())) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    /** A path of the document as a pattern: each {parameter} one segment. */
    private record Route(String template, JsonNode item, Pattern pattern, long literals) {
        Route(String template, JsonNode item) {
            this(template, item, Pattern.compile(template.replaceAll("\\{[^/]+}", "[^/]+")),
                    template.chars().filter(c -> c == '/').count() - template.chars().filter(c -> c == '{').count());
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }
    }
}
