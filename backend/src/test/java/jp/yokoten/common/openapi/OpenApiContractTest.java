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
}
