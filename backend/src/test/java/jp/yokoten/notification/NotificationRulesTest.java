package jp.yokoten.notification;

import static jp.yokoten.notification.NotificationDb.introduce;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.yokoten.template.TemplateFixtures;
import jp.yokoten.testing.Persona;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SPEC §11, one test per row of the table: exactly who is notified, never the actor, and nobody who may not
 * see the object (a draft's rejection stays within its ward). Every persona is introduced first, so each
 * would be found if a rule addressed them wrongly.
 */
@QuarkusTest
class NotificationRulesTest {
    static final Persona KOTO_PUB = TemplateFixtures.KOTO_PUBLISHER;
    static final Persona KOTO_PUB2 = Persona.of("second koto publisher", "koto-publisher-2", "koto", "staff", "publisher");
    static final Persona KOTO_STAFF = Persona.of("koto staff", "koto-staff", "koto", "staff");
    static final Persona SHINAGAWA_PUB = Persona.of("shinagawa publisher", "shinagawa-publisher", "shinagawa", "staff", "publisher");
    static final Persona SHINAGAWA_STAFF = Persona.of("shinagawa staff", "shinagawa-staff", "shinagawa", "staff");
    static final Persona SUMIDA_STAFF = Persona.of("sumida staff", "sumida-staff", "sumida", "staff");
    static final Persona SETAGAYA_STAFF = Persona.of("setagaya staff", "setagaya-staff", "setagaya", "staff");
    static final Persona REVIEWER = TemplateFixtures.CHIYODA_REVIEWER;
    static final Persona REVIEWER2 = Persona.of("second reviewer", "coe-reviewer-2", null, "staff", "reviewer");
    static final Persona MINATO_LEAD = Persona.of("minato lead", "minato-lead", "minato", "staff", "publisher", "reviewer");
    static final Persona ADMIN = Persona.of("admin", "portal-admin", null, "staff", "admin");

    @Inject
    NotificationDb db;

    @BeforeEach
    void everyoneKnown() {
        db.reset();
        introduce(KOTO_PUB, KOTO_PUB2, KOTO_STAFF, SHINAGAWA_PUB, SHINAGAWA_STAFF, SUMIDA_STAFF, SETAGAYA_STAFF, REVIEWER, REVIEWER2,
                MINATO_LEAD, ADMIN);
    }

    @Test
    void aTemplateSubmissionReachesEveryReviewerButTheSubmitter() {
        TemplateFixtures t = TemplateFixtures.draft(MINATO_LEAD).withVersion("1.0.0").submitted();
        assertEquals(Set.of("coe-reviewer", "coe-reviewer-2"), db.recipients("template.submitted", t.id),
                "minato-lead is a reviewer too, but submitted it");
        assertEquals(2, db.count("SELECT count(*) FROM notification WHERE object_id = CAST(? AS uuid)", t.id), "nobody else heard of the draft");
    }

    @Test
    void aNewVersionSubmissionOfAPublishedTemplateReachesEveryReviewer() {
        TemplateFixtures t = TemplateFixtures.published(KOTO_PUB).withVersion("1.1.0").submitted();
        List<String> versions = db.strings("SELECT detail->>'version' FROM notification WHERE kind = 'template.submitted' AND object_id = CAST(? AS uuid) "
                + "ORDER BY created_at", t.id);
        assertEquals(List.of("1.0.0", "1.0.0", "1.0.0", "1.1.0", "1.1.0", "1.1.0"), versions, "three reviewers, two submissions");
    }

    @Test
    void aStorySubmissionReachesEveryReviewerButTheSubmitter() {
        String id = KOTO_PUB.request().contentType(ContentType.JSON).body(Map.of("title", "保育所入所事務の電子化", "body", "申請を電子化しました。"))
                .post("/api/v1/stories").then().statusCode(201).extract().path("id");
        KOTO_PUB.request().post("/api/v1/stories/" + id + "/submit").then().statusCode(200);
        assertEquals(Set.of("coe-reviewer", "coe-reviewer-2", "minato-lead"), db.recipients("story.submitted", id));
    }

    @Test
    void anApprovalReachesTheSubmitterAndTheirWardsPublishersOnly() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUB).withVersion("1.0.0").submitted().approvedBy(REVIEWER);
        assertEquals(Set.of("koto-publisher", "koto-publisher-2"), db.recipients("template.approved", t.id),
                "not koto staff (no publisher), not other wards, not the approving reviewer");
        KOTO_PUB.request().get("/api/v1/notifications").then().statusCode(200)
                .body("items[0].kind", equalTo("template.approved")).body("items[0].link", equalTo("/publish/" + t.id))
                .body("items[0].actorName", equalTo("coe-reviewer")).body("items[0].detail.version", equalTo("1.0.0"));
    }

    @Test
    void aDraftsRejectionNeverReachesAnotherWard() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUB).withVersion("1.0.0").submitted().rejectedBy(REVIEWER, "personal-data");
        assertEquals(Set.of("koto-publisher", "koto-publisher-2"), db.recipients("template.rejected", t.id));
        assertEquals(List.of("[\"personal-data\"]"), db.strings("SELECT DISTINCT detail->>'reasons' FROM notification WHERE kind = 'template.rejected' "
                + "AND object_id = CAST(? AS uuid)", t.id).stream().map(s -> s.replace(" ", "")).toList());
        KOTO_PUB2.request().get("/api/v1/notifications").then().body("items[0].detail.comment", equalTo("個人情報が含まれています"));
    }

    @Test
    void aStoryDecisionReachesItsSubmitterAndWardPublishers() {
        String id = SHINAGAWA_PUB.request().contentType(ContentType.JSON).body(Map.of("title", "窓口予約の一元化", "body", "予約を一元化。"))
                .post("/api/v1/stories").then().statusCode(201).extract().path("id");
        SHINAGAWA_PUB.request().post("/api/v1/stories/" + id + "/submit").then().statusCode(200);
        REVIEWER.request().contentType(ContentType.JSON).body(Map.of("decision", "approve")).post("/api/v1/stories/" + id + "/review")
                .then().statusCode(200);
        assertEquals(Set.of("shinagawa-publisher"), db.recipients("story.approved", id));
        SHINAGAWA_PUB.request().get("/api/v1/notifications").then().body("items[0].link", equalTo("/publish/stories/" + id));
    }

    @Test
    void aNewerApprovedVersionReachesThoseWhoRecordedAnAdoptionStillInUse() {
        TemplateFixtures t = TemplateFixtures.published(KOTO_PUB);
        adopt(SHINAGAWA_STAFF, t.id, "trial");
        adopt(SUMIDA_STAFF, t.id, "production");
        adopt(SETAGAYA_STAFF, t.id, "discontinued");
        t.withVersion("1.1.0").submitted().approvedBy(REVIEWER);
        assertEquals(Set.of("shinagawa-staff", "sumida-staff"), db.recipients("template.version-available", t.id),
                "Setagaya stopped using it; the owning ward's publishers hear of the approval instead");
        assertEquals(Set.of("koto-publisher", "koto-publisher-2"), db.recipients("template.approved", t.id));
        SHINAGAWA_STAFF.request().get("/api/v1/notifications").then().body("items[0].detail.version", equalTo("1.1.0"))
                .body("items[0].link", equalTo("/templates/" + t.id));
    }

    @Test
    void aRatingOrCommentReachesTheOwningWardsPublishersButNotTheRater() {
        TemplateFixtures t = TemplateFixtures.published(KOTO_PUB);
        SHINAGAWA_PUB.request().contentType(ContentType.JSON).body(Map.of("stars", 4, "comment", "当区でも使えそうです"))
                .put("/api/v1/templates/" + t.id + "/rating").then().statusCode(200);
        assertEquals(Set.of("koto-publisher", "koto-publisher-2"), db.recipients("template.rated", t.id));
        KOTO_PUB.request().get("/api/v1/notifications").then().body("items[0].detail.stars", equalTo(4))
                .body("items[0].detail.comment", equalTo("当区でも使えそうです")).body("unreadCount", equalTo(2)); // its approval and the rating
    }

    @Test
    void aWriteThatFailsAfterItsNotificationsLeavesNoneAndQueuesNoMail() {
        String id = TemplateFixtures.draft(KOTO_PUB, "避難所 " + RollbackAfterNotify.MARKER).withVersion("1.0.0").id;
        long outbox = db.count("SELECT count(*) FROM mail_outbox");
        KOTO_PUB.request().post("/api/v1/templates/" + id + "/submit").then().statusCode(500);
        assertEquals(3, RollbackAfterNotify.writtenBeforeFailure, "the three reviewers' notifications existed inside the transaction");
        assertEquals(0, db.count("SELECT count(*) FROM notification WHERE object_id = CAST(? AS uuid)", id));
        assertEquals(outbox, db.count("SELECT count(*) FROM mail_outbox"));
        assertEquals(0, db.count("SELECT coalesce(sum(unread_count), 0) FROM portal_user"), "no counter moved");
        KOTO_PUB.request().get("/api/v1/templates/" + id).then().body("status", equalTo("draft"));
    }

    private static void adopt(Persona p, String id, String status) {
        p.request().contentType(ContentType.JSON).body(Map.of("status", status)).put("/api/v1/templates/" + id + "/adoption")
                .then().statusCode(201);
    }
}
