package jp.yokoten.award;

import static jp.yokoten.testing.Matrix.all;
import static jp.yokoten.testing.Matrix.csv;
import static jp.yokoten.testing.Matrix.equalTo;
import static jp.yokoten.testing.Matrix.has;
import static jp.yokoten.testing.Matrix.is;
import static jp.yokoten.testing.Matrix.list;
import static jp.yokoten.testing.Matrix.pageWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
public class AwardAuthorizationMatrixTest {
    static final int YEAR = 2090;

    static Matrix.Row<Entered> row(String endpoint, Supplier<Entered> fixture, BiFunction<RequestSpecification, Entered, Response> call,
            Matrix.Body<Entered> body, int... expected) {
        return new Matrix.Row<>(endpoint, fixture, call, body, expected);
    }

    /** The answer is the fixture's round, in {@code phase}. */
    static Matrix.Body<Entered> theRound(String phase) {
        return all(is("id", Entered::round), equalTo("phase", phase));
    }

    /** The answer is the fixture's entry. */
    static Matrix.Body<Entered> theEntry() {
        return all(is("id", Entered::entry), is("roundId", Entered::round), equalTo("ward", "minato"));
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

    /** The caller's own sheet for the fixture's entry. */
    static Matrix.Body<Entered> scored() {
        return all(is("entryId", Entered::entry), equalTo("workReduction", 5), equalTo("residentService", 4), equalTo("originality", 3));
    }

    /**
     * The round's entries as this caller may see them (another ward's publisher and a conflicted judge see
     * none while the round is open): a page whose items all belong to the round.
     */
    static Matrix.Body<Entered> entriesOfTheRound() {
        return all(Matrix.page("id", "ward", "roundId"),
                (r, f) -> assertTrue(r.jsonPath().getList("items.roundId").stream().allMatch(f.round()::equals), r.asString()));
    }

    /** The entry's sheets: the external judge's at least. */
    static Matrix.Body<Entered> sheets() {
        return all(list("$", "entryId", "judge", "workReduction"),
                (r, f) -> assertTrue(r.jsonPath().getList("entryId").stream().allMatch(f.entry()::equals), r.asString()));
    }

    /** The round's results, ranking the fixture's entry. */
    static Matrix.Body<Entered> results() {
        return all(is("roundId", Entered::round), (r, f) -> assertTrue(r.jsonPath().getList("items.entryId").contains(f.entry()), r.asString()));
    }

    static Response prize(RequestSpecification r, Entered f) {
        return r.contentType(ContentType.JSON).body(Map.of("prize", "grand")).put(base(f) + "/entries/" + f.entry() + "/prize");
    }

    static Response phase(RequestSpecification r, Entered f, String phase) {
        return r.contentType(ContentType.JSON).body(Map.of("phase", phase)).post(base(f) + "/phase");
    }

    @TestFactory
    Stream<DynamicTest> everyAwardEndpointAgainstEveryCallerInEveryPhase() {
        return Matrix.cells(COLUMNS, rows());
    }

    /** This matrix's columns (its own judges among them). */
    public static List<jp.yokoten.testing.Persona> columns() {
        return COLUMNS;
    }

    /** The cells of the named rows only: the real-token class replays them through Keycloak. */
    public static Stream<DynamicTest> cells(java.util.Set<String> endpoints) {
        return Matrix.cells(COLUMNS, Matrix.only(rows(), endpoints));
    }

    static List<Matrix.Row<Entered>> rows() {
        return List.of(
                //                                                                  anon staff pubOwn pubOther judge judgeOwn external admin
                row("GET /awards", empty("open"), (r, f) -> r.get("/api/v1/awards"), pageWith("id", Entered::round), 401, 200, 200, 200, 200, 200, 200, 200),
                row("POST /awards", () -> {
                    clear(YEAR);
                    return null;
                }, (r, f) -> r.contentType(ContentType.JSON).body(roundBody(YEAR)).post("/api/v1/awards"),
                        all(has("id"), equalTo("fiscalYear", YEAR), equalTo("phase", "draft")), 401, 403, 403, 403, 403, 403, 403, 201),
                row("GET /awards/{id} (draft)", empty("draft"), (r, f) -> r.get(base(f)), theRound("draft"), 401, 404, 404, 404, 404, 404, 404, 200),
                row("GET /awards/{id} (open)", empty("open"), (r, f) -> r.get(base(f)), theRound("open"), 401, 200, 200, 200, 200, 200, 200, 200),
                row("PATCH /awards/{id} (draft)", empty("draft"), (r, f) -> r.contentType("application/merge-patch+json")
                        .header("If-Match", "\"0\"").body(Map.of("maxEntriesPerWard", 2)).patch(base(f)),
                        all(theRound("draft"), equalTo("maxEntriesPerWard", 2)), 401, 403, 403, 403, 403, 403, 403, 200),
                row("PATCH /awards/{id} (judging)", empty("judging"), (r, f) -> r.contentType("application/merge-patch+json")
                        .header("If-Match", ADMIN.request().get(base(f)).header("ETag")).body(Map.of("title", "改題")).patch(base(f)),
                        Matrix.refusedOnly(), 401, 403, 403, 403, 403, 403, 403, 409),
                row("POST phase draft→open", empty("draft"), (r, f) -> phase(r, f, "open"), theRound("open"), 401, 403, 403, 403, 403, 403, 403, 200),
                row("POST phase open→judging", entry("open"), (r, f) -> phase(r, f, "judging"), theRound("judging"), 401, 403, 403, 403, 403, 403, 403, 200),
                row("POST phase open→draft (back)", empty("open"), (r, f) -> phase(r, f, "draft"), Matrix.refusedOnly(), 401, 403, 403, 403, 403, 403, 403, 409),
                row("GET entries (open)", entry("open"), (r, f) -> r.get(base(f) + "/entries"), entriesOfTheRound(), 401, 200, 200, 200, 200, 200, 200, 200),
                row("POST entries (open)", empty("open"), (r, f) -> r.contentType(ContentType.JSON)
                        .body(Map.of("templateId", sharedTemplate(), "statement", "申請の待ち時間を半減")).post(base(f) + "/entries"),
                        all(has("id"), is("roundId", Entered::round), equalTo("ward", "minato"), equalTo("subjectId", sharedTemplate())),
                        401, 403, 201, 400, 403, 403, 403, 403),
                row("POST entries (judging)", empty("judging"), (r, f) -> r.contentType(ContentType.JSON)
                        .body(Map.of("templateId", sharedTemplate(), "statement", "締切後")).post(base(f) + "/entries"),
                        Matrix.refusedOnly(), 401, 403, 409, 409, 403, 403, 403, 403),
                row("GET entry (open)", entry("open"), (r, f) -> r.get(base(f) + "/entries/" + f.entry()), theEntry(), 401, 200, 200, 404, 200, 403, 200, 200),
                row("GET entry (judging)", entry("judging"), (r, f) -> r.get(base(f) + "/entries/" + f.entry()), theEntry(), 401, 200, 200, 404, 200, 403, 200, 200),
                row("GET entry (published)", entry("published"), (r, f) -> r.get(base(f) + "/entries/" + f.entry()), theEntry(), 401, 200, 200, 200, 200, 200, 200, 200),
                row("DELETE entry (open)", entry("open"), (r, f) -> r.delete(base(f) + "/entries/" + f.entry()), Matrix.<Entered>empty(), 401, 403, 204, 404, 403, 403, 403, 403),
                row("DELETE entry (judging)", entry("judging"), (r, f) -> r.delete(base(f) + "/entries/" + f.entry()), Matrix.refusedOnly(), 401, 403, 409, 404, 403, 403, 403, 403),
                row("PUT score (open)", entry("open"), AwardAuthorizationMatrixTest::score, scored(), 401, 403, 403, 403, 409, 403, 409, 403),
                row("PUT score (judging)", entry("judging"), AwardAuthorizationMatrixTest::score, scored(), 401, 403, 403, 403, 200, 403, 200, 403),
                row("PUT score (decided)", entry("decided"), AwardAuthorizationMatrixTest::score, scored(), 401, 403, 403, 403, 409, 403, 409, 403),
                row("GET sheets (judging)", entry("judging"), (r, f) -> r.get(base(f) + "/entries/" + f.entry() + "/sheets"),
                        sheets(), 401, 403, 403, 403, 403, 403, 403, 200),
                row("GET sheets (decided)", entry("decided"), (r, f) -> r.get(base(f) + "/entries/" + f.entry() + "/sheets"),
                        sheets(), 401, 403, 403, 403, 200, 403, 200, 200),
                row("GET results (judging)", entry("judging"), (r, f) -> r.get(base(f) + "/results"), results(), 401, 403, 403, 403, 409, 403, 409, 409),
                row("GET results (decided)", entry("decided"), (r, f) -> r.get(base(f) + "/results"), results(), 401, 403, 403, 403, 200, 403, 200, 200),
                row("GET results (published)", entry("published"), (r, f) -> r.get(base(f) + "/results"), results(), 401, 200, 200, 200, 200, 200, 200, 200),
                row("GET results CSV (published)", entry("published"), (r, f) -> r.accept("text/csv").get(base(f) + "/results"),
                        all(csv("rank,raw_rank,entry_id,ward,"), (r, f) -> assertTrue(r.asString().contains(f.entry()), "the entry's row")), 401, 200, 200, 200, 200, 200, 200, 200),
                row("PUT prize (judging)", entry("judging"), AwardAuthorizationMatrixTest::prize, all(theEntry(), equalTo("prize", "grand")), 401, 403, 403, 403, 403, 403, 403, 409),
                row("PUT prize (decided)", entry("decided"), AwardAuthorizationMatrixTest::prize, all(theEntry(), equalTo("prize", "grand")), 401, 403, 403, 403, 403, 403, 403, 200));
    }
}
