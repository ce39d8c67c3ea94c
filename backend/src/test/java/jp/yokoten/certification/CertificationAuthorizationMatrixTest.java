package jp.yokoten.certification;

import static jp.yokoten.testing.Matrix.all;
import static jp.yokoten.testing.Matrix.csv;
import static jp.yokoten.testing.Matrix.equalTo;
import static jp.yokoten.testing.Matrix.has;
import static jp.yokoten.testing.Matrix.is;
import static jp.yokoten.testing.Matrix.page;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static jp.yokoten.testing.Personas.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import jp.yokoten.testing.Matrix;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every register endpoint × every kind of caller; the certification under test belongs to Minato ("own ward"). */
@QuarkusTest
public class CertificationAuthorizationMatrixTest {
    static Matrix.Row<String> row(String endpoint, BiFunction<RequestSpecification, String, Response> call, Matrix.Body<String> body,
            int... expected) {
        return new Matrix.Row<>(endpoint, () -> CertificationFixtures.record(ADMIN, CertificationFixtures.body("minato", "2026-04-01")),
                call, body, expected);
    }

    /** A page of the register, each entry with its ward and level. */
    static Matrix.Body<String> register() {
        return page("id", "ward", "level", "certifiedOn");
    }

    static List<Matrix.Row<String>> rows() {
        List<Matrix.Row<String>> rows = new ArrayList<>();
        //                                                                anon staffOwn staffOther pubOwn pubOther reviewer submitter committee admin
        rows.add(row("GET /certifications", (r, id) -> r.accept(ContentType.JSON).get("/api/v1/certifications"), register(), 401, 403, 403, 200, 200, 403, 200, 200, 200));
        rows.add(row("GET /certifications?ward=minato", (r, id) -> r.accept(ContentType.JSON).get("/api/v1/certifications?ward=minato"),
                all(register(), (r, id) -> assertTrue(r.jsonPath().getList("items.ward").stream().allMatch("minato"::equals), "only Minato's")), 401, 403, 403, 200, 403, 403, 200, 200, 200));
        rows.add(row("GET /certifications (CSV)", (r, id) -> r.accept("text/csv").get("/api/v1/certifications?ward=minato"),
                all(csv("id,ward,display_name,"), (r, id) -> assertTrue(r.asString().contains(id), "the fixture's row")), 401, 403, 403, 200, 403, 403, 200, 200, 200));
        rows.add(row("POST /certifications (minato)", (r, id) -> r.contentType(ContentType.JSON)
                .body(CertificationFixtures.body("minato", "2026-05-01")).post("/api/v1/certifications"),
                all(has("id"), equalTo("ward", "minato"), equalTo("certifiedOn", "2026-05-01")), 401, 403, 403, 201, 403, 403, 201, 403, 201));
        rows.add(row("POST /certifications (no ward given)", (r, id) -> r.contentType(ContentType.JSON)
                .body(CertificationFixtures.body(null, "2026-05-01")).post("/api/v1/certifications"),
                all(has("id", "ward"), equalTo("certifiedOn", "2026-05-01")), 401, 403, 403, 201, 201, 403, 201, 403, 400));
        rows.add(row("POST /certifications/{id}/revoke", (r, id) -> r.contentType(ContentType.JSON).body(Map.of("reason", "誤登録"))
                .post("/api/v1/certifications/" + id + "/revoke"),
                all(is("id", id -> id), equalTo("revokedReason", "誤登録"), has("revokedOn")), 401, 403, 403, 200, 404, 403, 200, 403, 200));
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

}
