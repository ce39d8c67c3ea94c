package jp.yokoten.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jp.yokoten.testing.KeycloakProfile;
import jp.yokoten.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Bearer-token validation against the real Keycloak server and the committed demo realm. */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class TokenAuthenticationIT {

    @Test
    void noTokenIsUnauthorizedProblem() {
        given().when().get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void tamperedSignatureIsRejected() {
        String token = Tokens.forUser("koto-staff");
        int dot = token.lastIndexOf('.');
        char last = token.charAt(dot + 5);
        String tampered = token.substring(0, dot + 5) + (last == 'A' ? 'B' : 'A') + token.substring(dot + 6);
        given().auth().oauth2(tampered).when().get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void tamperedClaimsAreRejected() {
        String[] parts = Tokens.forUser("koto-staff").split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                .replace("\"koto\"", "\"minato\"");
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes()) + "." + parts[2];
        given().auth().oauth2(forged).when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void tokenForAnotherAudienceIsRejected() {
        String other = Tokens.forClient("demo-other-app", "demo-other-app-secret");
        given().auth().oauth2(other).when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void wardStaffTokenCarriesWardAndRole() {
        given().auth().oauth2(Tokens.forUser("koto-staff")).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("koto-staff"))
                .body("name", equalTo("江東 花子"))
                .body("ward.slug", equalTo("koto"))
                .body("ward.nameJa", equalTo("江東区"))
                .body("roles", hasItem("staff"))
                .body("roles", not(hasItem("publisher")));
    }

    @Test
    void reviewerFromAnotherWardGetsTheirOwnWard() {
        given().auth().oauth2(Tokens.forUser("minato-lead")).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("ward.slug", equalTo("minato"))
                .body("roles", hasItem("reviewer"))
                .body("roles", hasItem("publisher"));
    }

    @Test
    void committeeClientCredentialsTokenCarriesAwardCommitteeRole() {
        given().auth().oauth2(Tokens.forClient("award-committee", "award-committee-secret"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", hasItem("award_committee"))
                .body("ward", nullValue());
    }
}
