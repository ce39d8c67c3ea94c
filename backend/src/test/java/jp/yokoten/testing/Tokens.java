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

    /** Client-credentials logins of the realm, by the service-account user name Keycloak gives them. */
    private static final java.util.Map<String, String[]> CLIENTS = java.util.Map.of(
            "service-account-award-committee", new String[] {"award-committee", "award-committee-secret"});
    /** Tokens live 300 s in the demo realm; one is reused for 200 s. */
    private static final long REUSE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(200);
    private static final java.util.Map<String, Object[]> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** A token of a demo-realm user (or service account), fetched once and reused while it is fresh. */
    public static String cached(String username) {
        Object[] hit = CACHE.get(username);
        if (hit != null && System.nanoTime() - (long) hit[1] < REUSE_NANOS) {
            return (String) hit[0];
        }
        String[] client = CLIENTS.get(username);
        String token = client != null ? forClient(client[0], client[1]) : forUser(username);
        CACHE.put(username, new Object[] {token, System.nanoTime()});
        return token;
    }

    /** The token's sub claim (the signature is the server's business; this only reads it). */
    public static String subject(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
        return new io.restassured.path.json.JsonPath(payload).getString("sub");
    }

    public static String forClient(String clientId, String secret) {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret)
                .when().post(TOKEN_URL).then().statusCode(200).extract().path("access_token");
    }
}
