package jp.yokoten.testing;

import static io.restassured.RestAssured.given;

/** Real access tokens from the demo realm (password grant through the DEMO-ONLY client demo-test-cli). */
public final class Tokens {
    private static final String TOKEN_URL = KeycloakProfile.REALM_URL + "/protocol/openid-connect/token";

    private Tokens() {}

    public static String forUser(String username) {
        return given().formParam("grant_type", "password").formParam("client_id", "demo-test-cli")
                .formParam("username", username).formParam("password", "demo1234")
                .when().post(TOKEN_URL).then().statusCode(200).extract().path("access_token");
    }

    public static String forClient(String clientId, String secret) {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret)
                .when().post(TOKEN_URL).then().statusCode(200).extract().path("access_token");
    }
}
