package jp.yokoten.certification;

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
class CertificationAuthorizationMatrixTest {
    static Matrix.Row<String> row(String endpoint, BiFunction<RequestSpecification, String, Response> call, int... expected) {
        return new Matrix.Row<>(endpoint, () -> CertificationFixtures.record(ADMIN, CertificationFixtures.body("minato", "2026-04-01")),
                call, expected);
    }

    static List<Matrix.Row<String>> rows() {
        List<Matrix.Row<String>> rows = new ArrayList<>();
        //                                                                anon staffOwn staffOther pubOwn pubOther reviewer submitter committee admin
        rows.add(row("GET /certifications", (r, id) -> r.get("/api/v1/certifications"), 401, 403, 403, 200, 200, 403, 200, 200, 200));
        rows.add(row("GET /certifications?ward=minato", (r, id) -> r.get("/api/v1/certifications?ward=minato"),
                401, 403, 403, 200, 403, 403, 200, 200, 200));
        rows.add(row("GET /certifications (CSV)", (r, id) -> r.accept("text/csv").get("/api/v1/certifications?ward=minato"),
                401, 403, 403, 200, 403, 403, 200, 200, 200));
        rows.add(row("POST /certifications (minato)", (r, id) -> r.contentType(ContentType.JSON)
                .body(CertificationFixtures.body("minato", "2026-05-01")).post("/api/v1/certifications"),
                401, 403, 403, 201, 403, 403, 201, 403, 201));
        rows.add(row("POST /certifications (no ward given)", (r, id) -> r.contentType(ContentType.JSON)
                .body(CertificationFixtures.body(null, "2026-05-01")).post("/api/v1/certifications"),
                401, 403, 403, 201, 201, 403, 201, 403, 400));
        rows.add(row("POST /certifications/{id}/revoke", (r, id) -> r.contentType(ContentType.JSON).body(Map.of("reason", "誤登録"))
                .post("/api/v1/certifications/" + id + "/revoke"), 401, 403, 403, 200, 404, 403, 200, 403, 200));
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryCaller() {
        return Matrix.cells(rows());
    }
}
