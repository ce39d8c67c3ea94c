package jp.yokoten.project;

import static jp.yokoten.testing.Personas.ADMIN;
import static jp.yokoten.testing.Personas.PUB_OTHER;
import static jp.yokoten.testing.Personas.PUB_OWN;
import static jp.yokoten.testing.Personas.STAFF_OTHER;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import jp.yokoten.template.TemplateFixtures;
import jp.yokoten.testing.Db;
import org.junit.jupiter.api.Test;

/** Projects: creation, member edits with If-Match, the flow's history, and what is refused without changing anything. */
@QuarkusTest
class ProjectTest {
    static final String MERGE = "application/merge-patch+json";

    @Inject
    Db db;

    long rows(String project) {
        return db.scalar("SELECT (SELECT count(*) FROM project_flow_version WHERE project_id = '" + project + "') * 1000"
                + " + (SELECT count(*) FROM audit_entry WHERE object_id = '" + project + "') * 100"
                + " + (SELECT count(*) FROM project_member WHERE project_id = '" + project + "') * 10"
                + " + (SELECT lock_version FROM project WHERE id = '" + project + "')");
    }

    @Test
    void adminCreatesAProjectThatEveryStaffMemberSees() {
        String process = ProjectFixtures.process();
        String template = ProjectFixtures.standardTemplate(TemplateFixtures.KOTO_PUBLISHER, process);
        String id = ProjectFixtures.project(process, List.of("koto", "minato", "koto"), List.of(template));
        JsonPath p = STAFF_OTHER.request().get("/api/v1/projects/" + id).then().statusCode(200)
                .header("ETag", startsWith("\"")).extract().jsonPath();
        assertEquals(process, p.getString("processId"));
        assertEquals(List.of("koto", "minato"), p.getList("memberWards"), "deduplicated and sorted");
        assertEquals("1. 申請受付\n2. 審査", p.getString("flow"));
        assertEquals(1, p.getInt("flowVersion"));
        assertEquals("標準フロー確定", p.getString("milestones[0].title"));
        assertEquals("2026-09-30", p.getString("milestones[0].dueOn"));
        assertEquals(template, p.getString("templates[0].id"));
        assertEquals("published", p.getString("templates[0].status"));
        assertEquals(false, p.getBoolean("canEdit"));
        STAFF_OTHER.request().queryParam("process", process).get("/api/v1/projects").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id)).body("items[0].templateCount", equalTo(1));
        ADMIN.request().queryParam("objectId", id).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("project.created"));
    }

    @Test
    void aMemberEditsTheFlowAndTheHistoryKeepsEveryVersion() {
        String process = ProjectFixtures.process();
        String id = ProjectFixtures.project(process, List.of("minato"), List.of());
        ProjectFixtures.member(id, PUB_OWN);
        PUB_OWN.request().get("/api/v1/projects/" + id).then().body("canEdit", equalTo(true))
                .body("members.subject", contains(PUB_OWN.subject()));
        String etag = ProjectFixtures.etag(id);
        String next = PUB_OWN.request().contentType(MERGE).header("If-Match", etag)
                .body(Map.of("flow", "1. 申請受付\n2. 審査\n3. 内定通知", "goal", "全区で導入"))
                .patch("/api/v1/projects/" + id).then().statusCode(200)
                .body("flowVersion", equalTo(2)).body("goal", equalTo("全区で導入")).body("memberWards", contains("minato"))
                .extract().header("ETag");
        assertNotEquals(etag, next);
        PUB_OWN.request().get("/api/v1/projects/" + id + "/flow").then().statusCode(200)
                .body("total", equalTo(2)).body("items.version", contains(2, 1))
                .body("items[0].body", equalTo("1. 申請受付\n2. 審査\n3. 内定通知"))
                .body("items[0].editedBy", equalTo(PUB_OWN.subject())).body("items[1].body", equalTo("1. 申請受付\n2. 審査"));
        // The same If-Match again is stale now; nothing changes.
        long before = rows(id);
        PUB_OWN.request().contentType(MERGE).header("If-Match", etag).body(Map.of("flow", "古い版"))
                .patch("/api/v1/projects/" + id).then().statusCode(412).contentType("application/problem+json");
        PUB_OWN.request().contentType(MERGE).body(Map.of("flow", "If-Matchなし"))
                .patch("/api/v1/projects/" + id).then().statusCode(428);
        assertEquals(before, rows(id));
        // Editing the goal alone keeps the flow version; the audit trail names what changed.
        PUB_OWN.request().contentType(MERGE).header("If-Match", next).body(Map.of("title", "保育申請の標準化"))
                .patch("/api/v1/projects/" + id).then().statusCode(200).body("flowVersion", equalTo(2));
        JsonPath audit = ADMIN.request().queryParam("objectId", id).get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
        assertEquals("project.updated", audit.getString("items[0].action"));
        assertEquals(Map.of("title", "保育申請の標準化"), audit.getMap("items[0].after"));
    }

    @Test
    void nonMembersAndBadInputChangeNothing() {
        String process = ProjectFixtures.process();
        String id = ProjectFixtures.project(process, List.of("minato"), List.of());
        String etag = ProjectFixtures.etag(id);
        long before = rows(id);
        PUB_OTHER.request().contentType(MERGE).header("If-Match", etag).body(Map.of("flow", "勝手な変更"))
                .patch("/api/v1/projects/" + id).then().statusCode(403).contentType("application/problem+json");
        ADMIN.request().contentType(MERGE).header("If-Match", etag).body(Map.of("memberWards", List.of("atlantis")))
                .patch("/api/v1/projects/" + id).then().statusCode(400).body("errors[0].field", equalTo("memberWards"));
        ADMIN.request().contentType(MERGE).header("If-Match", etag).body(Map.of("milestones", List.of(Map.of("title", "x", "dueOn", "2200-01-01"))))
                .patch("/api/v1/projects/" + id).then().statusCode(400);
        ADMIN.request().contentType(MERGE).header("If-Match", etag).body(Map.of("colour", "red"))
                .patch("/api/v1/projects/" + id).then().statusCode(400);
        PUB_OTHER.request().contentType(ContentType.JSON).body(Map.of())
                .put("/api/v1/projects/" + id + "/members/" + PUB_OTHER.subject()).then().statusCode(403);
        ADMIN.request().delete("/api/v1/projects/" + id + "/members/nobody").then().statusCode(404);
        assertEquals(before, rows(id));
        ADMIN.request().get("/api/v1/projects/00000000-0000-4000-8000-000000000000").then().statusCode(404);
    }

    @Test
    void onlyPublishedTemplatesOfTheProcessBecomeStandardAndUnknownProcessesAreRefused() {
        String process = ProjectFixtures.process();
        String other = ProjectFixtures.process();
        String draft = TemplateFixtures.draft(TemplateFixtures.KOTO_PUBLISHER).withVersion("1.0.0").id;
        String elsewhere = ProjectFixtures.standardTemplate(TemplateFixtures.KOTO_PUBLISHER, other);
        long projects = db.scalar("SELECT count(*) FROM project");
        for (Object[] c : new Object[][] {{process, draft, "templateIds"}, {process, elsewhere, "templateIds"},
            {"00000000-0000-4000-8000-000000000000", null, "processId"}}) {
            ADMIN.request().contentType(ContentType.JSON)
                    .body(Map.of("processId", c[0], "title", "標準化", "templateIds", c[1] == null ? List.of() : List.of(c[1])))
                    .post("/api/v1/projects").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(c[2]));
        }
        assertEquals(projects, db.scalar("SELECT count(*) FROM project"));
    }

    @Test
    void membersAreAddedUpdatedAndRemovedWithAuditEntries() {
        String id = ProjectFixtures.project(ProjectFixtures.process(), List.of("minato"), List.of());
        ProjectFixtures.member(id, PUB_OWN);
        // A member may add another member and remove themselves.
        PUB_OWN.request().contentType(ContentType.JSON).body(Map.of("name", "品川 花子", "ward", "shinagawa"))
                .put("/api/v1/projects/" + id + "/members/" + PUB_OTHER.subject()).then().statusCode(201)
                .body("members.subject", contains(PUB_OWN.subject(), PUB_OTHER.subject()));
        PUB_OWN.request().contentType(ContentType.JSON).body(Map.of("name", "品川 花子（PM）", "ward", "shinagawa"))
                .put("/api/v1/projects/" + id + "/members/" + PUB_OTHER.subject()).then().statusCode(200)
                .body("members[1].name", equalTo("品川 花子（PM）"));
        PUB_OWN.request().delete("/api/v1/projects/" + id + "/members/" + PUB_OWN.subject()).then().statusCode(204);
        PUB_OWN.request().get("/api/v1/projects/" + id).then().body("canEdit", equalTo(false))
                .body("members.subject", contains(PUB_OTHER.subject()));
        ADMIN.request().queryParam("objectId", id).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", contains("project.member.removed", "project.member.updated", "project.member.added",
                        "project.member.added", "project.created"));
    }
}
