package jp.yokoten.common.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemMapperTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void anonymousCallerGetsUnauthorizedProblemWithBearerChallenge() {
        given().when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("type", containsString("unauthenticated"))
                .body("title", equalTo("Unauthenticated"));
    }

    @Test
    @TestSecurity(user = "koto-staff", roles = "staff")
    void unknownPathIsNotFoundProblem() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
    }

    @Test
    @TestSecurity(user = "koto-staff", roles = "staff")
    void invalidFieldsAreListedOneByOne() {
        given().contentType(ContentType.JSON).body("{\"title\":\"\",\"stars\":9}")
                .when().post("/api/v1/test-probe")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("stars"))
                .body("errors.size()", equalTo(2));
    }

    @Test
    @TestSecurity(user = "koto-staff", roles = "staff")
    void unknownJsonFieldIsRejectedByName() {
        given().contentType(ContentType.JSON).body("{\"title\":\"ok\",\"stars\":3,\"ward\":\"minato\"}")
                .when().post("/api/v1/test-probe")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("ward"))
                .body("errors[0].message", containsString("Unknown field"));
    }

    @Test
    @TestSecurity(user = "koto-staff", roles = "staff")
    void wrongTypeNamesTheField() {
        given().contentType(ContentType.JSON).body("{\"title\":\"ok\",\"stars\":\"many\"}")
                .when().post("/api/v1/test-probe")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("stars"));
    }

    @Test
    @TestSecurity(user = "koto-staff", roles = "staff")
    void truncatedJsonIsAMalformedJsonProblem() {
        given().contentType(ContentType.JSON).body("{\"title\": \"unterminated")
                .when().post("/api/v1/test-probe")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", containsString("malformed-json"))
                .body("detail", containsString("JSON"));
    }

    @Test
    @TestSecurity(user = "koto-staff", roles = "staff")
    void brokenJsonSyntaxIsAMalformedJsonProblem() {
        given().contentType(ContentType.JSON).body("{title: 'single quotes'}")
                .when().post("/api/v1/test-probe")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", containsString("malformed-json"));
    }

    @Test
    @TestSecurity(user = "koto-staff", roles = "staff")
    void wrongMediaTypeIsUnsupported() {
        given().contentType(ContentType.TEXT).body("title=x")
                .when().post("/api/v1/test-probe")
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "koto-staff", roles = "staff")
    void domainConflictKeepsItsDetail() {
        given().when().get("/api/v1/test-probe/conflict")
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", equalTo("Version 1.0.0 exists already."));
    }

    @Test
    @TestSecurity(user = "koto-staff", roles = "staff")
    void unexpectedFailureRevealsNoInternals() {
        given().when().get("/api/v1/test-probe/crash")
                .then().statusCode(500).contentType(PROBLEM)
                .body("detail", containsString("incident"))
                .body(not(containsString("SELECT")))
                .body(not(containsString("hunter2")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("jp.yokoten")));
    }
}
