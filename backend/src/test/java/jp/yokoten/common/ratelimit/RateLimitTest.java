package jp.yokoten.common.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import jp.yokoten.template.TemplateFixtures;
import jp.yokoten.testing.Db;
import jp.yokoten.testing.Persona;
import jp.yokoten.testing.TestClock;
import jp.yokoten.testing.Zips;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SPEC §12 rate limits with small limits and the clock held still, so no test depends on how fast it runs.
 * Each test uses users of its own: the buckets live as long as the application.
 */
@QuarkusTest
@TestProfile(SmallLimitsProfile.class)
class RateLimitTest {
    @Inject
    TestClock clock;

    @Inject
    Db db;

    private Instant now;

    @BeforeEach
    void holdTheClock() {
        now = jp.yokoten.common.config.Clocks.instant();
        clock.pin(now);
    }

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    private void advance(Duration d) {
        now = now.plus(d);
        clock.pin(now);
    }

    private static Persona staff(String ward) {
        String user = ward + "-staff-" + UUID.randomUUID();
        return Persona.of(user, user, ward, "staff");
    }

    private static Persona publisher(String ward) {
        String user = ward + "-publisher-" + UUID.randomUUID();
        return Persona.of(user, user, ward, "staff", "publisher");
    }

    private static Response me(Persona p) {
        return p.request().get("/api/v1/me");
    }

    private static void assertRateLimited(Response r, String retryAfter) {
        assertRateLimited(r, equalTo(retryAfter));
    }

    private static void assertRateLimited(Response r, org.hamcrest.Matcher<String> retryAfter) {
        r.then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", retryAfter)
                .body("type", equalTo("https://yokoten.example/problems/rate-limited"))
                .body("title", equalTo("Too many requests"))
                .body("status", equalTo(429));
    }

    @Test
    void aUserMaySendTheBurstThenIsToldWhenToRetryAndOthersAreNotAffected() {
        Persona busy = staff("koto");
        for (int i = 0; i < 3; i++) {
            me(busy).then().statusCode(200);
        }
        // 2 tokens per second: the next one is half a second away, announced as a whole second
        assertRateLimited(me(busy), "1");
        me(staff("koto")).then().statusCode(200);

        advance(Duration.ofMillis(500));
        me(busy).then().statusCode(200);
        assertRateLimited(me(busy), "1");
    }

    @Test
    void refusedRequestsChangeNothing() {
        Persona publisher = publisher("sumida");
        for (int i = 0; i < 3; i++) {
            me(publisher).then().statusCode(200);
        }
        Map<String, Long> before = db.counts();
        assertRateLimited(publisher.request().contentType("application/json").body(TemplateFixtures.validBody("上限テスト"))
                .post("/api/v1/templates"), "1");
        assertEquals(before, db.counts());
    }

    @Test
    void aClientCredentialsClientHasOneBucketForAllItsTokens() {
        String client = "stats-robot-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            asClient(client).get("/api/v1/me").then().statusCode(200);
        }
        assertRateLimited(asClient(client).get("/api/v1/me"), "1");
        asClient("other-robot-" + UUID.randomUUID()).get("/api/v1/me").then().statusCode(200);
        me(staff("koto")).then().statusCode(200);
    }

    /** Each call a fresh service-account token (its own subject) of the same client. */
    private static io.restassured.specification.RequestSpecification asClient(String clientId) {
        return Persona.of(clientId, "service-account-" + clientId + "-" + UUID.randomUUID(), null, "award_committee").request()
                .header("X-Test-Client", clientId);
    }

    @Test
    void aWardMayUploadTwiceAnHourAndOtherWardsAreNotAffected() {
        Persona koto = publisher("koto");
        TemplateFixtures template = TemplateFixtures.draft(koto, "上限テスト");
        advance(Duration.ofSeconds(2));
        template.withVersion("1.0.0");
        advance(Duration.ofSeconds(2));
        template.withVersion("1.0.1");
        advance(Duration.ofSeconds(2));

        // another publisher of the same ward shares the ward's allowance
        Persona otherKoto = publisher("koto");
        Map<String, Long> before = db.counts();
        Response refused = upload(otherKoto, template.id, "1.0.2");
        // 2 per hour: the next upload is possible 30 minutes after the first, 4 seconds ago (1796 s, give or
        // take the rounding of a fractional token)
        assertRateLimited(refused, org.hamcrest.Matchers.oneOf("1796", "1797"));
        refused.then().body("detail", containsString("uploaded 2 versions"));
        assertEquals(before, db.counts());

        Persona shinagawa = publisher("shinagawa");
        TemplateFixtures theirs = TemplateFixtures.draft(shinagawa, "上限テスト");
        advance(Duration.ofSeconds(2));
        theirs.withVersion("1.0.0");

        advance(Duration.ofSeconds(1796 - 2 + 1));
        upload(otherKoto, template.id, "1.0.2").then().statusCode(201);
    }

    private static Response upload(Persona p, String templateId, String version) {
        return p.request().multiPart("file", "避難所運営.zip", Zips.kintoneApp("避難所運営 " + version), "application/zip")
                .multiPart("version", version).multiPart("changelog", "修正")
                .post("/api/v1/templates/" + templateId + "/versions");
    }

    @Test
    void unauthenticatedRequestsAreStillAnswered401AndHealthIsNeverLimited() {
        for (int i = 0; i < 5; i++) {
            given().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
            given().get("/q/health/live").then().statusCode(200);
            given().get("/q/openapi").then().statusCode(200);
        }
    }
}
