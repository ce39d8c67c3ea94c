package jp.yokoten.common.openapi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.validation.QueryText;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Types the parameters that mean the same everywhere. Resources read them as strings so that a bad value becomes
 * a problem+json 400 of ours rather than a JAX-RS 404; the contract still tells clients the real type and bounds.
 * Only a bare string schema is replaced: a type, format, pattern or enum declared on the resource wins.
 */
final class Parameters {
    private static final Map<String, Supplier<Schema>> QUERY = Map.ofEntries(
            Map.entry("page", () -> integer(0, null, 0).description("Page number, from 0")),
            Map.entry("size", () -> integer(1, PageRequest.MAX_SIZE, PageRequest.DEFAULT_SIZE).description("Items per page")),
            Map.entry("fiscalYear", () -> integer(2000, 2100, null)
                    .description("Fiscal year by its first April (2026 = 2026-04-01 .. 2027-03-31 JST); default the current one")),
            Map.entry("template", Parameters::uuid),
            Map.entry("objectId", Parameters::uuid),
            Map.entry("process", () -> uuid().description("UUID of a common business process")),
            Map.entry("validOn", () -> string().format("date").description("A day (JST), e.g. 2026-12-04")),
            Map.entry("unread", () -> OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN).defaultValue(false)),
            Map.entry("q", () -> string().maxLength(QueryText.SEARCH)),
            Map.entry("ward", () -> slug().description("Ward slug, see listWards")),
            Map.entry("platform", () -> slug().description("Platform id, see listPlatforms")),
            Map.entry("category", () -> slug().description("Category id, see listCategories")));
    private static final Map<String, Supplier<Schema>> PATH = Map.of(
            "id", Parameters::uuid,
            "findingId", Parameters::uuid,
            "slug", Parameters::slug,
            "version", () -> string().maxLength(20).description("Version label, e.g. 1.2.0"));

    private Parameters() {}

    static void type(String path, Operation op) {
        List<Parameter> parameters = op.getParameters();
        if (parameters == null) {
            return;
        }
        for (Parameter p : parameters) {
            if (!bare(p.getSchema())) {
                continue;
            }
            Supplier<Schema> schema = switch (p.getIn()) {
                case QUERY -> path.equals(ContractFilter.API_PREFIX + "/audit") && List.of("from", "to").contains(p.getName())
                        ? () -> string().format("date-time") : QUERY.get(p.getName());
                case PATH -> PATH.get(p.getName());
                default -> null;
            };
            if (schema != null) {
                Schema typed = schema.get();
                if (p.getDescription() == null) {
                    p.setDescription(typed.getDescription());
                }
                p.setSchema(typed.description(null));
            }
            if (p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName())) {
                p.required(true).description("The ETag of the last read (428 without it, 412 when it is stale)");
            }
        }
    }

    private static boolean bare(Schema s) {
        return s == null || s.getRef() == null && s.getFormat() == null && s.getPattern() == null && s.getEnumeration() == null
                && s.getMinimum() == null && (s.getType() == null || s.getType().equals(List.of(Schema.SchemaType.STRING)));
    }

    static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    private static Schema uuid() {
        return string().format("uuid");
    }

    private static Schema slug() {
        return string().maxLength(QueryText.SLUG);
    }

    private static Schema integer(Integer min, Integer max, Integer fallback) {
        Schema s = OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32");
        if (min != null) {
            s.minimum(BigDecimal.valueOf(min));
        }
        if (max != null) {
            s.maximum(BigDecimal.valueOf(max));
        }
        if (fallback != null) {
            s.defaultValue(fallback);
        }
        return s;
    }
}
