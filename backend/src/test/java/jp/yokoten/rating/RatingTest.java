package jp.yokoten.rating;

import static jp.yokoten.template.TemplateFixtures.KOTO_PUBLISHER;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.yokoten.template.TemplateFixtures;
import jp.yokoten.testing.Persona;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RatingTest {
    static final Persona SHINAGAWA = Persona.of("shinagawa staff", "shinagawa-staff", "shinagawa", "staff");
    static final Persona KOTO_STAFF = Persona.of("koto staff", "koto-staff", "koto", "staff");

    private static io.restassured.response.Response rate(Persona p, String id, Object body) {
        return p.request().contentType(ContentType.JSON).body(body).put("/api/v1/templates/" + id + "/rating");
    }

    @Test
    void secondRatingReplacesTheFirstAndDeleteRemovesIt() {
        TemplateFixtures t = TemplateFixtures.published(KOTO_PUBLISHER);
        rate(SHINAGAWA, t.id, Map.of("stars", 2, "comment", "まずまず")).then().statusCode(200).body("stars", equalTo(2));
        rate(SHINAGAWA, t.id, Map.of("stars", 5, "comment", "とても便利")).then().statusCode(200).body("mine", equalTo(true));
        SHINAGAWA.request().get("/api/v1/templates/" + t.id).then().body("ratingCount", equalTo(1)).body("ratingAvg", equalTo(5.0f));
        SHINAGAWA.request().get("/api/v1/templates/" + t.id + "/ratings").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].comment", equalTo("とても便利")).body("items[0].userWard", equalTo("shinagawa"));

        SHINAGAWA.request().delete("/api/v1/templates/" + t.id + "/rating").then().statusCode(204);
        SHINAGAWA.request().get("/api/v1/templates/" + t.id).then().body("ratingCount", equalTo(0)).body("ratingAvg", nullValue());
        SHINAGAWA.request().delete("/api/v1/templates/" + t.id + "/rating").then().statusCode(404);
    }

    @Test
    void ownWardCannotRate() {
        TemplateFixtures t = TemplateFixtures.published(KOTO_PUBLISHER);
        rate(KOTO_STAFF, t.id, Map.of("stars", 5)).then().statusCode(403).contentType("application/problem+json");
        KOTO_STAFF.request().get("/api/v1/templates/" + t.id).then().body("ratingCount", equalTo(0));
    }

    @Test
    void unpublishedTemplatesCannotBeRated() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER).withVersion("1.0.0").submitted();
        rate(SHINAGAWA, t.id, Map.of("stars", 5)).then().statusCode(404);
        rate(TemplateFixtures.CHIYODA_REVIEWER, t.id, Map.of("stars", 5)).then().statusCode(409);
    }

    @Test
    void invalidRatingsAreRefusedAndChangeNothing() {
        TemplateFixtures t = TemplateFixtures.published(KOTO_PUBLISHER);
        for (Object body : List.of(Map.of("stars", 0), Map.of("stars", 6), Map.of("stars", "five"), Map.of("comment", "no stars"),
                Map.of("stars", 3, "comment", "あ".repeat(2001)), Map.of("stars", 3, "extra", true), Map.of("stars", 3.5), Map.of("stars", "4"))) {
            rate(SHINAGAWA, t.id, body).then().statusCode(400).contentType("application/problem+json");
        }
        SHINAGAWA.request().get("/api/v1/templates/" + t.id + "/ratings").then().body("total", equalTo(0));
    }

    @Test
    void htmlInCommentsComesBackAsInertText() {
        TemplateFixtures t = TemplateFixtures.published(KOTO_PUBLISHER);
        String html = "<script>alert('x')</script><img src=x onerror=alert(1)> 便利です";
        rate(SHINAGAWA, t.id, Map.of("stars", 4, "comment", html)).then().statusCode(200).contentType(ContentType.JSON);
        SHINAGAWA.request().get("/api/v1/templates/" + t.id + "/ratings").then().contentType(ContentType.JSON)
                .body("items[0].comment", equalTo(html));
    }

    @Test
    void twentyOneConcurrentRatersLeaveAnExactAverageAndCount() throws Exception {
        TemplateFixtures t = TemplateFixtures.published(KOTO_PUBLISHER);
        int n = 21;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        int sum = 0;
        for (int i = 0; i < n; i++) {
            int stars = i % 5 + 1;
            sum += stars;
            Persona rater = Persona.of("rater " + i, "rater-" + i + "-" + t.id.substring(0, 8), "setagaya", "staff");
            results.add(pool.submit(() -> {
                start.await();
                return rate(rater, t.id, Map.of("stars", stars)).statusCode();
            }));
        }
        start.countDown();
        for (Future<Integer> f : results) {
            assertEquals(200, f.get());
        }
        pool.shutdown();
        float expected = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP).floatValue();
        SHINAGAWA.request().get("/api/v1/templates/" + t.id).then()
                .body("ratingCount", equalTo(n)).body("ratingAvg", equalTo(expected));
    }
}
