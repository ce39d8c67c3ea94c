package jp.yokoten.award;

import static jp.yokoten.award.AwardFixtures.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import jp.yokoten.testing.Matrix;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every award endpoint × caller × phase. The entry belongs to minato: "staff" and "pub own" are minato's, "pub other"
 * is shinagawa's; "judge" is shinagawa's, "judge own" minato's (conflict of interest), "external" has no ward.
 */
@QuarkusTest
class AwardAuthorizationMatrixTest {
    static final int YEAR = 2090;

    static Matrix.Row<Entered> row(String endpoint, Supplier<Entered> fixture, BiFunction<RequestSpecification, Entered, Response> call,
            int... expected) {
        return new Matrix.Row<>(endpoint, fixture, call, expected);
    }

    static Supplier<Entered> empty(String phase) {
        return () -> new Entered(round(YEAR, phase), null, null);
    }

    static Supplier<Entered> entry(String phase) {
        return () -> entered(YEAR, phase);
    }

    static String base(Entered f) {
        return "/api/v1/awards/" + f.round();
    }

    static Response score(RequestSpecification r, Entered f) {
        return r.contentType(ContentType.JSON).body(Map.of("workReduction", 5, "residentService", 4, "originality", 3))
                .put(base(f) + "/entries/" + f.entry() + "/score");
    }

    static Response prize(RequestSpecification r, Entered f) {
        return r.contentType(ContentType.JSON).body(Map.of("prize", "grand")).put(base(f) + "/entries/" + f.entry() + "/prize");
    }

    static Response phase(RequestSpecification r, Entered f, String phase) {
        return r.contentType(ContentType.JSON).body(Map.of("phase", phase)).post(base(f) + "/phase");
    }

    @TestFactory
    Stream<DynamicTest> everyAwardEndpointAgainstEveryCallerInEveryPhase() {
        List<Matrix.Row<Entered>> rows = List.of(
                //                                                                  anon staff pubOwn pubOther judge judgeOwn external admin
                row("GET /awards", empty("open"), (r, f) -> r.get("/api/v1/awards"), 401, 200, 200, 200, 200, 200, 200, 200),
                row("POST /awards", () -> {
                    clear(YEAR);
                    return null;
                }, (r, f) -> r.contentType(ContentType.JSON).body(roundBody(YEAR)).post("/api/v1/awards"),
                        401, 403, 403, 403, 403, 403, 403, 201),
                row("GET /awards/{id} (draft)", empty("draft"), (r, f) -> r.get(base(f)), 401, 404, 404, 404, 404, 404, 404, 200),
                row("GET /awards/{id} (open)", empty("open"), (r, f) -> r.get(base(f)), 401, 200, 200, 200, 200, 200, 200, 200),
                row("PATCH /awards/{id} (draft)", empty("draft"), (r, f) -> r.contentType("application/merge-patch+json")
                        .header("If-Match", "\"0\"").body(Map.of("maxEntriesPerWard", 2)).patch(base(f)),
                        401, 403, 403, 403, 403, 403, 403, 200),
                row("PATCH /awards/{id} (judging)", empty("judging"), (r, f) -> r.contentType("application/merge-patch+json")
                        .header("If-Match", ADMIN.request().get(base(f)).header("ETag")).body(Map.of("title", "改題")).patch(base(f)),
                        401, 403, 403, 403, 403, 403, 403, 409),
                row("POST phase draft→open", empty("draft"), (r, f) -> phase(r, f, "open"), 401, 403, 403, 403, 403, 403, 403, 200),
                row("POST phase open→judging", entry("open"), (r, f) -> phase(r, f, "judging"), 401, 403, 403, 403, 403, 403, 403, 200),
                row("POST phase open→draft (back)", empty("open"), (r, f) -> phase(r, f, "draft"), 401, 403, 403, 403, 403, 403, 403, 409),
                row("GET entries (open)", entry("open"), (r, f) -> r.get(base(f) + "/entries"), 401, 200, 200, 200, 200, 200, 200, 200),
                row("POST entries (open)", empty("open"), (r, f) -> r.contentType(ContentType.JSON)
                        .body(Map.of("templateId", sharedTemplate(), "statement", "申請の待ち時間を半減")).post(base(f) + "/entries"),
                        401, 403, 201, 400, 403, 403, 403, 403),
                row("POST entries (judging)", empty("judging"), (r, f) -> r.contentType(ContentType.JSON)
                        .body(Map.of("templateId", sharedTemplate(), "statement", "締切後")).post(base(f) + "/entries"),
                        401, 403, 409, 409, 403, 403, 403, 403),
                row("GET entry (open)", entry("open"), (r, f) -> r.get(base(f) + "/entries/" + f.entry()), 401, 200, 200, 404, 200, 403, 200, 200),
                row("GET entry (judging)", entry("judging"), (r, f) -> r.get(base(f) + "/entries/" + f.entry()), 401, 200, 200, 404, 200, 403, 200, 200),
                row("GET entry (published)", entry("published"), (r, f) -> r.get(base(f) + "/entries/" + f.entry()), 401, 200, 200, 200, 200, 200, 200, 200),
                row("DELETE entry (open)", entry("open"), (r, f) -> r.delete(base(f) + "/entries/" + f.entry()), 401, 403, 204, 404, 403, 403, 403, 403),
                row("DELETE entry (judging)", entry("judging"), (r, f) -> r.delete(base(f) + "/entries/" + f.entry()), 401, 403, 409, 404, 403, 403, 403, 403),
                row("PUT score (open)", entry("open"), AwardAuthorizationMatrixTest::score, 401, 403, 403, 403, 409, 403, 409, 403),
                row("PUT score (judging)", entry("judging"), AwardAuthorizationMatrixTest::score, 401, 403, 403, 403, 200, 403, 200, 403),
                row("PUT score (decided)", entry("decided"), AwardAuthorizationMatrixTest::score, 401, 403, 403, 403, 409, 403, 409, 403),
                row("GET sheets (judging)", entry("judging"), (r, f) -> r.get(base(f) + "/entries/" + f.entry() + "/sheets"),
                        401, 403, 403, 403, 403, 403, 403, 200),
                row("GET sheets (decided)", entry("decided"), (r, f) -> r.get(base(f) + "/entries/" + f.entry() + "/sheets"),
                        401, 403, 403, 403, 200, 403, 200, 200),
                row("GET results (judging)", entry("judging"), (r, f) -> r.get(base(f) + "/results"), 401, 403, 403, 403, 409, 403, 409, 409),
                row("GET results (decided)", entry("decided"), (r, f) -> r.get(base(f) + "/results"), 401, 403, 403, 403, 200, 403, 200, 200),
                row("GET results (published)", entry("published"), (r, f) -> r.get(base(f) + "/results"), 401, 200, 200, 200, 200, 200, 200, 200),
                row("GET results CSV (published)", entry("published"), (r, f) -> r.accept("text/csv").get(base(f) + "/results"),
                        401, 200, 200, 200, 200, 200, 200, 200),
                row("PUT prize (judging)", entry("judging"), AwardAuthorizationMatrixTest::prize, 401, 403, 403, 403, 403, 403, 403, 409),
                row("PUT prize (decided)", entry("decided"), AwardAuthorizationMatrixTest::prize, 401, 403, 403, 403, 403, 403, 403, 200));
        return Matrix.cells(COLUMNS, rows);
    }
}
