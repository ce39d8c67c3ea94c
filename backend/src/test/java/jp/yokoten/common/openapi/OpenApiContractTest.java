package jp.yokoten.common.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed top-level openapi.yaml is the published contract: the served document must equal it. */
@QuarkusTest
class OpenApiContractTest {
    private static final Path COMMITTED = Path.of("..", "openapi.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void servedDocumentEqualsCommittedContract() throws Exception {
        String served = given().queryParam("format", "yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        Path copy = Path.of("target", "openapi-served.yaml");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, served);

        assertTrue(Files.exists(COMMITTED), "openapi.yaml is missing at the repository root");
        JsonNode expected = YAML.readTree(Files.readString(COMMITTED));
        JsonNode actual = YAML.readTree(served);
        assertTrue(expected.equals(actual), "The API and openapi.yaml disagree (served copy: backend/target/openapi-served.yaml). "
                + "If the change is intended, run `bash deploy/update-openapi.sh` and review the diff.");
    }

    /** What ContractFilter adds to every operation, new ones included (issue 15). */
    @Test
    void everyOperationHasAnOperationIdBothSchemesAndProblemErrors() throws Exception {
        JsonNode doc = YAML.readTree(Files.readString(COMMITTED));
        java.util.Set<String> ids = new java.util.HashSet<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String where = op.getKey() + " " + path.getKey();
            String id = op.getValue().path("operationId").asText("");
            assertTrue(id.matches("[a-z]+[A-Za-z0-9]*") && ids.add(id), where + " has a unique operationId: " + id);
            assertTrue(op.getValue().path("security").toString().contains("\"bearer\""), where + " accepts a bearer token");
            op.getValue().path("responses").properties().forEach(r -> {
                if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                    assertTrue(r.getValue().path("content").path("application/problem+json").path("schema").path("$ref").asText()
                            .equals("#/components/schemas/Problem"), where + " " + r.getKey() + " is a Problem");
                }
            });
            assertTrue(op.getValue().path("responses").has("401") && op.getValue().path("responses").has("500"), where);
        }));
        assertTrue(doc.path("components").path("securitySchemes").path("keycloak").path("flows").has("clientCredentials"));
    }

    @Test
    void everyApiOperationRequiresTheKeycloakBearerToken() throws Exception {
        JsonNode doc = YAML.readTree(Files.readString(COMMITTED));
        doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op ->
                assertTrue(op.getValue().path("security").toString().contains("keycloak"),
                        op.getKey() + " " + path.getKey() + " is documented without the bearer requirement")));
    }

    /**
     * Generated clients must accept a partial merge patch and see closed sets as enums: every merge-patch body has a
     * schema of its own without required fields that takes null, every If-Match operation documents 412 and 428,
     * and no schema keeps a validation pattern that merely lists words (issue 15).
     */
    @Test
    void mergePatchesArePartialClosedSetsAreEnumsAndConditionalEditsDocumentTheirFailures() throws Exception {
        JsonNode doc = YAML.readTree(Files.readString(COMMITTED));
        JsonNode schemas = doc.path("components").path("schemas");
        int[] patches = {0};
        doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String where = op.getKey() + " " + path.getKey();
            String ref = op.getValue().path("requestBody").path("content").path("application/merge-patch+json").path("schema").path("$ref").asText("");
            if (!ref.isEmpty()) {
                patches[0]++;
                JsonNode patch = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
                assertTrue(ref.endsWith("Patch") && !patch.has("required"), where + " takes a partial patch: " + ref);
                patch.path("properties").properties().forEach(f -> assertTrue(!f.getValue().has("type")
                        || f.getValue().path("type").toString().contains("null"), where + " may clear " + f.getKey()));
            }
            boolean conditional = op.getValue().path("parameters").toString().contains("\"If-Match\"");
            assertTrue(!conditional || op.getValue().path("responses").has("412") && op.getValue().path("responses").has("428"), where);
        }));
        assertTrue(patches[0] >= 5, "templates, stories, projects, proposals and award rounds take merge patches");
        schemas.properties().forEach(s -> s.getValue().path("properties").properties().forEach(f -> assertTrue(
                !f.getValue().path("pattern").asText("").matches("\\^?\\(?[A-Za-z0-9_-]+(\\|[A-Za-z0-9_-]+)+\\)?\\$?"),
                s.getKey() + "." + f.getKey() + " lists its values as a pattern instead of an enum")));
        assertTrue(schemas.path("ReviewDecision").path("properties").path("decision").path("enum").toString().equals("[\"approve\",\"reject\"]"));
    }
}
