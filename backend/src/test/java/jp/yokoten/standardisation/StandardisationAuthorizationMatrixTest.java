package jp.yokoten.standardisation;

import static jp.yokoten.testing.Personas.PUB_OWN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import jp.yokoten.project.ProjectFixtures;
import jp.yokoten.template.TemplateFixtures;
import jp.yokoten.testing.Db;
import jp.yokoten.testing.Matrix;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint of projects, the board, plans and hearing adoptions × every kind of caller. "Own" is Minato: the
 * project's member is minato-publisher, plans are declared for Minato. A refused call changes no row.
 */
@QuarkusTest
class StandardisationAuthorizationMatrixTest {
    static final String TABLES = "SELECT (SELECT count(*) FROM project) || '/' || (SELECT count(*) FROM project_member) || '/'"
            + " || (SELECT count(*) FROM project_flow_version) || '/' || (SELECT count(*) FROM ward_plan) || '/'"
            + " || (SELECT count(*) FROM adoption) || '/' || (SELECT count(*) FROM audit_entry) || '/'"
            + " || (SELECT coalesce(sum(lock_version), 0) FROM project)";

    @Inject
    Db db;

    /** What a cell works on: a process with a project (member minato-publisher), a published template, a plan. */
    record Fx(String process, String project, String template) {}

    static Fx project() {
        String process = ProjectFixtures.process();
        String project = ProjectFixtures.project(process, List.of("minato"), List.of());
        ProjectFixtures.member(project, PUB_OWN);
        return new Fx(process, project, null);
    }

    static Fx process() {
        return new Fx(ProjectFixtures.process(), null, null);
    }

    static Fx plan() {
        Fx f = process();
        PUB_OWN.request().contentType(ContentType.JSON).body(Map.of("targetOn", "2030-04-01"))
                .put("/api/v1/wards/minato/plans/" + f.process()).then().statusCode(201);
        return f;
    }

    static Fx template() {
        return new Fx(null, null, TemplateFixtures.published(TemplateFixtures.KOTO_PUBLISHER).id);
    }

    Matrix.Row<Fx> row(String endpoint, Supplier<Fx> fixture, BiFunction<RequestSpecification, Fx, Response> call, int... expected) {
        return new Matrix.Row<>(endpoint, fixture, (r, f) -> {
            String before = db.texts(TABLES).get(0);
            Response response = call.apply(r, f);
            if (response.statusCode() >= 400) {
                assertEquals(before, db.texts(TABLES).get(0), endpoint + " refused and changed nothing");
            }
            return response;
        }, expected);
    }

    List<Matrix.Row<Fx>> rows() {
        List<Matrix.Row<Fx>> rows = new ArrayList<>();
        String json = ContentType.JSON.toString();
        //                                                                 anon staffOwn staffOther pubOwn pubOther reviewer submitter committee admin
        rows.add(row("GET /projects", () -> null, (r, f) -> r.get("/api/v1/projects"), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("POST /projects", StandardisationAuthorizationMatrixTest::process,
                (r, f) -> r.contentType(json).body(Map.of("processId", f.process(), "title", "標準化")).post("/api/v1/projects"),
                401, 403, 403, 403, 403, 403, 403, 403, 201));
        rows.add(row("GET /projects/{id}", StandardisationAuthorizationMatrixTest::project,
                (r, f) -> r.get("/api/v1/projects/" + f.project()), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("PATCH /projects/{id}", StandardisationAuthorizationMatrixTest::project,
                (r, f) -> r.contentType("application/merge-patch+json").header("If-Match", ProjectFixtures.etag(f.project()))
                        .body(Map.of("flow", "新しいフロー")).patch("/api/v1/projects/" + f.project()),
                401, 403, 403, 200, 403, 403, 403, 403, 200));
        rows.add(row("GET /projects/{id}/flow", StandardisationAuthorizationMatrixTest::project,
                (r, f) -> r.get("/api/v1/projects/" + f.project() + "/flow"), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("PUT /projects/{id}/members/{subject}", StandardisationAuthorizationMatrixTest::project,
                (r, f) -> r.contentType(json).body(Map.of("name", "新メンバー")).put("/api/v1/projects/" + f.project() + "/members/sub-new"),
                401, 403, 403, 201, 403, 403, 403, 403, 201));
        rows.add(row("DELETE /projects/{id}/members/{subject}", StandardisationAuthorizationMatrixTest::project,
                (r, f) -> r.delete("/api/v1/projects/" + f.project() + "/members/" + PUB_OWN.subject()),
                401, 403, 403, 204, 403, 403, 403, 403, 204));
        rows.add(row("GET /processes/{id}/board", StandardisationAuthorizationMatrixTest::process,
                (r, f) -> r.get("/api/v1/processes/" + f.process() + "/board"), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("GET /processes/{id}/board (CSV)", StandardisationAuthorizationMatrixTest::process,
                (r, f) -> r.accept("text/csv").get("/api/v1/processes/" + f.process() + "/board"),
                401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("GET /standardisation", () -> null, (r, f) -> r.get("/api/v1/standardisation"),
                401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("GET /standardisation (CSV)", () -> null, (r, f) -> r.accept("text/csv").get("/api/v1/standardisation"),
                401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("PUT /wards/minato/plans/{processId}", StandardisationAuthorizationMatrixTest::process,
                (r, f) -> r.contentType(json).body(Map.of("targetOn", "2030-04-01")).put("/api/v1/wards/minato/plans/" + f.process()),
                401, 403, 403, 201, 403, 403, 201, 403, 403));
        rows.add(row("DELETE /wards/minato/plans/{processId}", StandardisationAuthorizationMatrixTest::plan,
                (r, f) -> r.delete("/api/v1/wards/minato/plans/" + f.process()), 401, 403, 403, 204, 403, 403, 204, 403, 403));
        rows.add(row("PUT /templates/{id}/adoptions/nerima (hearing)", StandardisationAuthorizationMatrixTest::template,
                (r, f) -> r.contentType(json).body(Map.of("source", "hearing", "note", "ヒアリング"))
                        .put("/api/v1/templates/" + f.template() + "/adoptions/nerima"),
                401, 403, 403, 403, 403, 201, 201, 403, 201));
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> everyCell() {
        return Matrix.cells(rows());
    }
}
