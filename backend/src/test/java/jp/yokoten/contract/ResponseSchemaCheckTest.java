package jp.yokoten.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract check itself: it must fail on what a generated client would choke on, and only on that. */
class ResponseSchemaCheckTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOC = """
            {"paths": {}, "components": {"schemas": {
              "Story": {"type": "object", "required": ["id", "title", "lastReview", "tags"], "properties": {
                "id": {"$ref": "#/components/schemas/UUID"},
                "title": {"type": "string"},
                "titleEn": {"type": ["string", "null"]},
                "status": {"type": "string", "enum": ["draft", "published"]},
                "lastReview": {"anyOf": [{"$ref": "#/components/schemas/Review"}, {"type": "null"}]},
                "tags": {"type": "array", "items": {"type": "string"}}}},
              "Review": {"type": "object", "required": ["decision"], "properties": {"decision": {"type": "string"}}},
              "UUID": {"type": "string", "format": "uuid"}}}}
            """;
    private static final JsonNode STORY = JSON.createObjectNode().put("$ref", "#/components/schemas/Story");

    List<String> violations(String body) throws Exception {
        return new ResponseSchemaCheck(JSON.readTree(DOC)).violations(JSON.readTree(body), STORY);
    }

    @Test
    void acceptsWhatTheContractAllowsNullsIncludedWhereDeclared() throws Exception {
        assertEquals(List.of(), violations("""
                {"id": "7c1e3f8a-0001-4000-8000-000000000001", "title": "品川区 家賃支援給付金 申請管理", "titleEn": null,
                 "status": "published", "lastReview": null, "tags": ["kintone"]}"""));
        assertEquals(List.of(), violations("""
                {"id": "x", "title": "t", "lastReview": {"decision": "approve"}, "tags": []}"""));
    }

    @Test
    void flagsAMissingRequiredPropertyANullTheContractDoesNotAllowAndWrongTypes() throws Exception {
        List<String> found = violations("""
                {"title": null, "status": "secret", "lastReview": {}, "tags": [1], "extra": true}""");
        assertTrue(found.contains("$.id is required by the contract but missing"), found.toString());
        assertTrue(found.stream().anyMatch(v -> v.startsWith("$.title is null, but the contract does not say it may be")), found.toString());
        assertTrue(found.contains("$.status = \"secret\" is not one of [\"draft\",\"published\"]"), found.toString());
        assertTrue(found.contains("$.lastReview.decision is required by the contract but missing"), found.toString());
        assertTrue(found.stream().anyMatch(v -> v.startsWith("$.tags[0] is NUMBER 1, the contract says \"string\"")), found.toString());
        assertTrue(found.contains("$.extra is sent but not in the contract"), found.toString());
        assertEquals(6, found.size(), found.toString());
    }
}
