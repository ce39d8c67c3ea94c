package jp.yokoten.common.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jp.yokoten.common.validation.DateRange;

/**
 * JSON input means what it says: 3.5 is not 3 stars, "5" is not a number, "true" is not a boolean, a key given twice
 * is a mistake (which of the two did the client mean?), and dates lie in 2000..2100 (SPEC §12).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    /** SPEC §12: no request needs deeper JSON; deeper is a parser-stack attack. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The JSON body limit of the HTTP edge (256 KiB); a document longer than that never reaches the parser. */
    public static final long MAX_DOCUMENT_LENGTH = 256 * 1024;
    /** The longest text field (a story body) is far below this; the default of 20 MB would allow 80× the body limit. */
    public static final int MAX_STRING_LENGTH = 256 * 1024;
    /** Numbers are stars, hours and yen: 100 digits is generous and keeps BigDecimal parsing cheap. */
    public static final int MAX_NUMBER_LENGTH = 100;

    /** Last, so the bounded date deserialisers replace the ones Quarkus's JavaTimeModule registered before. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build());
        mapper.registerModule(DateRange.MODULE);
    }
}
