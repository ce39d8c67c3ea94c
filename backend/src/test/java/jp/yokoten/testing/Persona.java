package jp.yokoten.testing;

import static io.restassured.RestAssured.given;

import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.http.entity.mime.HttpMultipartMode;
import java.util.List;

/** A user of the authorisation matrices: login, ward (or none) and realm roles. */
public record Persona(String label, String user, String ward, List<String> roles) {
    public static final Persona ANONYMOUS = new Persona("anonymous", null, null, List.of());

    public static Persona of(String label, String user, String ward, String... roles) {
        return new Persona(label, user, ward, List.of(roles));
    }

    /** UTF-8 everywhere, as browsers send it: JSON bodies of any JSON media type and multipart file names. */
    private static final RestAssuredConfig UTF8 = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset("UTF-8")
                    .encodeContentTypeAs("application/merge-patch+json", ContentType.JSON))
            .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"))
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE));

    /**
     * Whether callers present real Keycloak tokens of the demo realm instead of X-Test-* headers: the
     * real-token class turns it on to replay the matrices through Keycloak's role and ward-group mappings.
     */
    private static volatile boolean realTokens;

    public static void useRealTokens(boolean on) {
        realTokens = on;
    }

    /** A REST Assured request authenticated as this persona (X-Test-* headers, or a real token when switched on). */
    public RequestSpecification request() {
        RequestSpecification spec = given().config(UTF8);
        if (user == null) {
            return spec;
        }
        if (realTokens) {
            return spec.auth().oauth2(Tokens.cached(user));
        }
        spec.header("X-Test-User", user).header("X-Test-Roles", String.join(",", roles));
        return ward == null ? spec : spec.header("X-Test-Ward", ward);
    }

    /** The subject the server sees: TestIdentityMechanism's "sub-" + login, or the Keycloak user's id. */
    public String subject() {
        return realTokens ? Tokens.subject(Tokens.cached(user)) : "sub-" + user;
    }

    @Override
    public String toString() {
        return label;
    }
}
