package jp.yokoten.proposal;

import static jp.yokoten.testing.Matrix.all;
import static jp.yokoten.testing.Matrix.equalTo;
import static jp.yokoten.testing.Matrix.has;
import static jp.yokoten.testing.Matrix.is;
import static jp.yokoten.testing.Matrix.list;
import static jp.yokoten.testing.Matrix.pageWith;

import static jp.yokoten.testing.Personas.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import jp.yokoten.testing.Db;
import jp.yokoten.testing.Matrix;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every proposal endpoint × every kind of caller. The proposal under test is posted by Minato's staff member
 * (the "staff of owning ward" column), so "own ward" means the author's ward.
 */
@QuarkusTest
public class ProposalAuthorizationMatrixTest {
    @Inject
    Db db;

    static Matrix.Row<String> row(String endpoint, BiFunction<RequestSpecification, String, Response> call, Matrix.Body<String> body,
            int... expected) {
        return new Matrix.Row<>(endpoint, () -> ProposalFixtures.post(STAFF_OWN, "権限表の提案", true), call, body, expected);
    }

    /** The support count answered is the one stored (the author supports their own: 1, with another supporter 2). */
    static void supportersAsStored(Response r, String id) {
        int stored = STAFF_OWN.request().get("/api/v1/proposals/" + id).then().statusCode(200).extract().path("supporters");
        org.junit.jupiter.api.Assertions.assertEquals(stored, (int) r.path("supporters"));
        org.junit.jupiter.api.Assertions.assertTrue(stored >= 1 && stored <= 2, "the author, and perhaps the caller: " + stored);
    }

    /** The answer is the fixture proposal. */
    static Matrix.Body<String> theProposal() {
        return is("id", id -> id);
    }

    static List<Matrix.Row<String>> rows() {
        List<Matrix.Row<String>> rows = new ArrayList<>();
        //                                                                anon staffOwn staffOther pubOwn pubOther reviewer submitter committee admin
        rows.add(row("GET /proposals", (r, id) -> r.get("/api/v1/proposals?q=権限表"), pageWith("id", id -> id), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("GET /proposals/similar", (r, id) -> r.get("/api/v1/proposals/similar?title=権限表"),
                all(list("proposals", "id", "title"), list("templates")), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("POST /proposals", (r, id) -> r.contentType(ContentType.JSON).body(ProposalFixtures.body("新しい提案", false))
                .post("/api/v1/proposals"),
                all(has("id"), equalTo("title", "新しい提案"), equalTo("status", "open"), equalTo("mine", true)), 401, 201, 201, 201, 201, 201, 201, 403, 403));
        rows.add(row("GET /proposals/{id}", (r, id) -> r.get("/api/v1/proposals/" + id), all(theProposal(), equalTo("title", "権限表の提案")), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("PATCH /proposals/{id} (open)", (r, id) -> {
            String etag = STAFF_OWN.request().get("/api/v1/proposals/" + id).header("ETag");
            return r.contentType("application/merge-patch+json").header("If-Match", etag).body(Map.of("idea", "書き換え"))
                    .patch("/api/v1/proposals/" + id);
        }, all(theProposal(), equalTo("idea", "書き換え")), 401, 200, 403, 403, 403, 403, 403, 403, 403));
        rows.add(row("PUT /proposals/{id}/support", (r, id) -> r.put("/api/v1/proposals/" + id + "/support"),
                all(equalTo("supportedByMe", true), ProposalAuthorizationMatrixTest::supportersAsStored), 401, 200, 200, 200, 200, 200, 200, 403, 403));
        rows.add(row("DELETE /proposals/{id}/support (after PUT)", (r, id) -> {
            r.put("/api/v1/proposals/" + id + "/support");
            return r.delete("/api/v1/proposals/" + id + "/support");
        }, all(equalTo("supportedByMe", false), equalTo("supporters", 1)) /* the author's own support stays */, 401, 409, 200, 200, 200, 200, 200, 403, 404));
        rows.add(row("POST /proposals/{id}/status (accepted)", (r, id) -> r.contentType(ContentType.JSON)
                .body(Map.of("status", "accepted", "answer", "検討します")).post("/api/v1/proposals/" + id + "/status"),
                all(theProposal(), equalTo("status", "accepted"), equalTo("answer", "検討します")), 401, 403, 403, 200, 403, 403, 200, 403, 200));
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryCaller() {
        return Matrix.cells(rows());
    }

    /** The cells of the named rows only: the real-token class replays them through Keycloak. */
    public static Stream<DynamicTest> cells(java.util.Set<String> endpoints) {
        return Matrix.cells(Matrix.only(rows(), endpoints));
    }


    /** Refused writes leave the proposal as it was: same version, status and support count. */
    @TestFactory
    Stream<DynamicTest> refusedWritesChangeNothing() {
        return Stream.of(STAFF_OTHER, PUB_OTHER, REVIEWER, COMMITTEE, ANON).map(p -> DynamicTest.dynamicTest("status as " + p, () -> {
            String id = ProposalFixtures.post(STAFF_OWN, "変わらない提案", false);
            String before = state(id);
            p.request().contentType(ContentType.JSON).body(Map.of("status", "declined", "answer", "却下"))
                    .post("/api/v1/proposals/" + id + "/status");
            String etag = STAFF_OWN.request().get("/api/v1/proposals/" + id).header("ETag");
            p.request().contentType("application/merge-patch+json").header("If-Match", etag).body(Map.of("title", "改ざん"))
                    .patch("/api/v1/proposals/" + id);
            org.junit.jupiter.api.Assertions.assertEquals(before, state(id));
        }));
    }

    private String state(String id) {
        return db.texts("SELECT status || '|' || lock_version || '|' || title || '|' || supporters FROM proposal WHERE id = '" + id + "'").get(0);
    }
}
