package jp.yokoten.template;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.util.Map;
import jp.yokoten.testing.Persona;
import jp.yokoten.testing.Zips;

/**
 * Builds templates in a given workflow state through the API itself, so fixtures obey the same rules
 * as users: {@code TemplateFixtures.draft(owner).withVersion("1.0.0").submitted().approvedBy(reviewer)}.
 */
public final class TemplateFixtures {
    public static final Persona KOTO_PUBLISHER = Persona.of("koto publisher", "koto-publisher", "koto", "staff", "publisher");
    public static final Persona CHIYODA_REVIEWER = Persona.of("reviewer", "coe-reviewer", "chiyoda", "staff", "reviewer");

    private final Persona owner;
    public final String id;

    private TemplateFixtures(Persona owner, String id) {
        this.owner = owner;
        this.id = id;
    }

    public static Map<String, Object> validBody(String title) {
        return Map.of("title", title, "platform", "kintone", "category", "disaster-prevention",
                "personalData", "none", "summary", "避難所の開設状況と避難者数を集計する", "tags", java.util.List.of("避難所", "防災"));
    }

    public static TemplateFixtures draft(Persona owner) {
        return draft(owner, "避難所運営管理アプリ");
    }

    public static TemplateFixtures draft(Persona owner, String title) {
        return draft(owner, validBody(title));
    }

    /** A draft with the given body (see {@link #validBody} for the required fields). */
    public static TemplateFixtures draft(Persona owner, Map<String, Object> body) {
        String id = owner.request().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/templates")
                .then().statusCode(201).extract().path("id");
        return new TemplateFixtures(owner, id);
    }

    public TemplateFixtures withVersion(String version) {
        owner.request().multiPart("file", "避難所運営.zip", Zips.kintoneApp("避難所運営 " + version), "application/zip")
                .multiPart("version", version).multiPart("changelog", "初版")
                .when().post("/api/v1/templates/" + id + "/versions")
                .then().statusCode(201);
        return this;
    }

    /** Uploads the given file as a version (for governance findings). */
    public TemplateFixtures withFile(String version, String fileName, byte[] content) {
        owner.request().multiPart("file", fileName, content, "application/octet-stream").multiPart("version", version)
                .when().post("/api/v1/templates/" + id + "/versions")
                .then().statusCode(201);
        return this;
    }

    public TemplateFixtures submitted() {
        owner.request().when().post("/api/v1/templates/" + id + "/submit").then().statusCode(200);
        return this;
    }

    public TemplateFixtures approvedBy(Persona reviewer) {
        return decide(reviewer, Map.of("decision", "approve"));
    }

    public TemplateFixtures rejectedBy(Persona reviewer, String reason) {
        return decide(reviewer, Map.of("decision", "reject", "reasons", java.util.List.of(reason), "comment", "個人情報が含まれています"));
    }

    private TemplateFixtures decide(Persona reviewer, Map<String, Object> decision) {
        reviewer.request().contentType(ContentType.JSON).body(decision)
                .when().post("/api/v1/templates/" + id + "/review")
                .then().statusCode(200);
        return this;
    }

    /** A published template with approved version 1.0.0. */
    public static TemplateFixtures published(Persona owner) {
        return draft(owner).publish();
    }

    /** Uploads 1.0.0, submits and has the Chiyoda reviewer approve it. */
    public TemplateFixtures publish() {
        return withVersion("1.0.0").submitted().approvedBy(CHIYODA_REVIEWER);
    }

    public String etag() {
        return owner.request().when().get("/api/v1/templates/" + id).then().statusCode(200)
                .body("id", equalTo(id)).extract().header("ETag");
    }
}
