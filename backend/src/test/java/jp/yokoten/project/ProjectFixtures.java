package jp.yokoten.project;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.yokoten.template.TemplateFixtures;
import jp.yokoten.testing.Persona;
import jp.yokoten.testing.Personas;

/** Builds processes, standard templates and projects through the API, as users would. */
public final class ProjectFixtures {
    private ProjectFixtures() {}

    /** A fresh common process, so a test's board is its own whatever else the database holds. */
    public static String process() {
        return Personas.ADMIN.request().contentType(ContentType.JSON)
                .body(Map.of("nameJa", "共通業務" + UUID.randomUUID(), "nameEn", "Common process"))
                .post("/api/v1/processes").then().statusCode(201).extract().path("id");
    }

    /** A published template of {@code owner}'s ward implementing the process. */
    public static String standardTemplate(Persona owner, String process) {
        Map<String, Object> body = new HashMap<>(TemplateFixtures.validBody("標準保育申請アプリ"));
        body.put("processId", process);
        return TemplateFixtures.draft(owner, body).publish().id;
    }

    /** A project on the process with the given member wards and standard templates (admin creates). */
    public static String project(String process, List<String> wards, List<String> templates) {
        return Personas.ADMIN.request().contentType(ContentType.JSON)
                .body(Map.of("processId", process, "title", "待機児童関連事務の標準化", "goal", "23区で同じ申請フローを使う",
                        "memberWards", wards, "flow", "1. 申請受付\n2. 審査", "templateIds", templates,
                        "milestones", List.of(Map.of("title", "標準フロー確定", "dueOn", "2026-09-30"))))
                .post("/api/v1/projects").then().statusCode(201).extract().path("id");
    }

    /** Adds {@code member} to the project (as the admin). */
    public static void member(String project, Persona member) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", member.user());
        body.put("ward", member.ward());
        Personas.ADMIN.request().contentType(ContentType.JSON).body(body)
                .put("/api/v1/projects/" + project + "/members/" + member.subject()).then().statusCode(201);
    }

    public static String etag(String project) {
        return Personas.STAFF_OTHER.request().get("/api/v1/projects/" + project).then().statusCode(200).extract().header("ETag");
    }
}
