package jp.yokoten.standardisation;

import static jp.yokoten.testing.Matrix.all;
import static jp.yokoten.testing.Matrix.csv;
import static jp.yokoten.testing.Matrix.empty;
import static jp.yokoten.testing.Matrix.equalTo;
import static jp.yokoten.testing.Matrix.has;
import static jp.yokoten.testing.Matrix.is;
import static jp.yokoten.testing.Matrix.list;
import static jp.yokoten.testing.Matrix.page;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static jp.yokoten.testing.Personas.PUB_OWN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
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
public class StandardisationAuthorizationMatrixTest {
    static final String TABLES = "SELECT (SELECT count(*) FROM project) || '/' || (SELECT count(*) FROM project_member) || '/'"
            + " || (SELECT count(*) FROM project_flow_version) || '/' || (SELECT count(*) FROM ward_plan) || '/'"
            + " || (SELECT count(*) FROM adoption) || '/' || (SELECT count(*) FROM audit_entry) || '/'"
            + " || (SELECT coalesce(sum(lock_version), 0) FROM project)";

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

    static Matrix.Row<Fx> row(String endpoint, Supplier<Fx> fixture, BiFunction<RequestSpecification, Fx, Response> call, Matrix.Body<Fx> body,
            int... expected) {
        return new Matrix.Row<>(endpoint, fixture, (r, f) -> {
            Db db = io.quarkus.arc.Arc.container().instance(Db.class).get();
            String before = db.texts(TABLES).get(0);
            Response response = call.apply(r, f);
            if (response.statusCode() >= 400) {
                assertEquals(before, db.texts(TABLES).get(0), endpoint + " refused and changed nothing");
            }
            return response;
        }, body, expected);
    }

    static List<Matrix.Row<Fx>> rows() {
        List<Matrix.Row<Fx>> rows = new ArrayList<>();
        String json = ContentType.JSON.toString();
        //                                                                 anon staffOwn staffOther pubOwn pubOther reviewer submitter committee admin
        rows.add(row("GET /projects", () -> null, (r, f) -> r.get("/api/v1/projects"), page("id", "title", "processId", "memberWards"), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("POST /projects", StandardisationAuthorizationMatrixTest::process,
                (r, f) -> r.contentType(json).body(Map.of("processId", f.process(), "title", "標準化")).post("/api/v1/projects"),
                all(has("id"), is("processId", Fx::process), equalTo("title", "標準化")), 401, 403, 403, 403, 403, 403, 403, 403, 201));
        rows.add(row("GET /projects/{id}", StandardisationAuthorizationMatrixTest::project,
                (r, f) -> r.get("/api/v1/projects/" + f.project()),
                all(is("id", Fx::project), is("processId", Fx::process)), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("PATCH /projects/{id}", StandardisationAuthorizationMatrixTest::project,
                (r, f) -> r.contentType("application/merge-patch+json").header("If-Match", ProjectFixtures.etag(f.project()))
                        .body(Map.of("flow", "新しいフロー")).patch("/api/v1/projects/" + f.project()),
                is("id", Fx::project), 401, 403, 403, 200, 403, 403, 403, 403, 200));
        rows.add(row("GET /projects/{id}/flow", StandardisationAuthorizationMatrixTest::project,
                (r, f) -> r.get("/api/v1/projects/" + f.project() + "/flow"), page("version", "body"), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("PUT /projects/{id}/members/{subject}", StandardisationAuthorizationMatrixTest::project,
                (r, f) -> r.contentType(json).body(Map.of("name", "新メンバー")).put("/api/v1/projects/" + f.project() + "/members/sub-new"),
                all(is("id", Fx::project), (r, f) -> assertTrue(r.jsonPath().getList("members.subject").contains("sub-new"), r.asString())), 401, 403, 403, 201, 403, 403, 403, 403, 201));
        rows.add(row("DELETE /projects/{id}/members/{subject}", StandardisationAuthorizationMatrixTest::project,
                (r, f) -> r.delete("/api/v1/projects/" + f.project() + "/members/" + PUB_OWN.subject()),
                empty(), 401, 403, 403, 204, 403, 403, 403, 403, 204));
        rows.add(row("GET /processes/{id}/board", StandardisationAuthorizationMatrixTest::process,
                (r, f) -> r.get("/api/v1/processes/" + f.process() + "/board"),
                all(is("figures.processId", Fx::process), has("fiscalYear", "threshold"), list("wards"), list("templates")), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("GET /processes/{id}/board (CSV)", StandardisationAuthorizationMatrixTest::process,
                (r, f) -> r.accept("text/csv").get("/api/v1/processes/" + f.process() + "/board"),
                csv("ward,ward_name_ja,ward_name_en,status,"), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("GET /standardisation", () -> null, (r, f) -> r.get("/api/v1/standardisation"),
                all(has("fiscalYear", "processes", "rate"), list("items", "processId")), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("GET /standardisation (CSV)", () -> null, (r, f) -> r.accept("text/csv").get("/api/v1/standardisation"),
                csv("process_id,name_ja,name_en,"), 401, 200, 200, 200, 200, 200, 200, 403, 200));
        rows.add(row("PUT /wards/minato/plans/{processId}", StandardisationAuthorizationMatrixTest::process,
                (r, f) -> r.contentType(json).body(Map.of("targetOn", "2030-04-01")).put("/api/v1/wards/minato/plans/" + f.process()),
                all(equalTo("ward", "minato"), is("processId", Fx::process), equalTo("targetOn", "2030-04-01")), 401, 403, 403, 201, 403, 403, 201, 403, 403));
        rows.add(row("DELETE /wards/minato/plans/{processId}", StandardisationAuthorizationMatrixTest::plan,
                (r, f) -> r.delete("/api/v1/wards/minato/plans/" + f.process()), empty(), 401, 403, 403, 204, 403, 403, 204, 403, 403));
        rows.add(row("PUT /templates/{id}/adoptions/nerima (hearing)", StandardisationAuthorizationMatrixTest::template,
                (r, f) -> r.contentType(json).body(Map.of("source", "hearing", "note", "ヒアリング"))
                        .put("/api/v1/templates/" + f.template() + "/adoptions/nerima"),
                all(equalTo("ward", "nerima"), is("templateId", Fx::template), equalTo("source", "hearing")), 401, 403, 403, 403, 403, 201, 201, 403, 201));
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> everyCell() {
        return Matrix.cells(rows());
    }

    /** The cells of the named rows only: the real-token class replays them through Keycloak. */
    public static Stream<DynamicTest> cells(java.util.Set<String> endpoints) {
        return Matrix.cells(Matrix.only(rows(), endpoints));
    }

}
