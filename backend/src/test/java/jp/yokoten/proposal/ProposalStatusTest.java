package jp.yokoten.proposal;

import static jp.yokoten.proposal.ProposalFixtures.*;
import static jp.yokoten.testing.Personas.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.yokoten.template.TemplateFixtures;
import jp.yokoten.testing.Db;
import jp.yokoten.testing.Persona;
import org.junit.jupiter.api.Test;

/** Answers and statuses (SPEC §9): who may set them, what each needs, and that refusals change nothing. */
@QuarkusTest
class ProposalStatusTest {
    @Inject
    Db db;

    @Inject
    Events events;

    /** Collects the status events as the notification feature will receive them. */
    @Singleton
    static class Events {
        final List<ProposalStatusChanged> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

        void on(@Observes ProposalStatusChanged e) {
            seen.add(e);
        }
    }

    private static ValidatableResponse change(Persona p, String id, Map<String, Object> body) {
        return p.request().contentType(ContentType.JSON).body(body).post("/api/v1/proposals/" + id + "/status").then();
    }

    private static Map<String, Object> of(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private String state(String id) {
        return db.texts("SELECT status || '|' || lock_version || '|' || coalesce(answer, '') FROM proposal WHERE id = '" + id + "'").get(0)
                + db.scalar("SELECT count(*) FROM proposal_status_change WHERE proposal_id = '" + id + "'");
    }

    @Test
    void solvedByAnotherWardsTemplateShowsOnTheTemplateAsProposalsFromWards() {
        String template = TemplateFixtures.published(PUB_OTHER).id; // shinagawa's template
        String id = post(STAFF_OWN, "児童手当の現況届を電子化したい", true);
        support(STAFF_OTHER, id);
        support(SETAGAYA_STAFF, id);
        int before = events.seen.size();
        change(PUB_OWN, id, of("status", "solved", "answer", "品川区のテンプレートで解決できます", "templateId", template))
                .statusCode(200).body("status", equalTo("solved")).body("template.id", equalTo(template))
                .body("template.ownerWard", equalTo("shinagawa")).body("history", hasSize(1))
                .body("history[0].fromStatus", equalTo("open")).body("history[0].toStatus", equalTo("solved"))
                .body("history[0].byName", equalTo("minato-publisher")).body("answerable", equalTo(false));
        STAFF_OTHER.request().get("/api/v1/templates/" + template).then().statusCode(200)
                .body("solvedProposals.proposals", equalTo(1)).body("solvedProposals.wards", equalTo(3));
        ProposalStatusChanged e = events.seen.get(before);
        assertEquals(List.of("open", "solved", "sub-minato-staff"), List.of(e.fromStatus(), e.toStatus(), e.authorSubject()));
        assertEquals(List.of("sub-koto-staff", "sub-setagaya-staff"), e.supporterSubjects().stream().sorted().toList());
        assertEquals(1, db.scalar("SELECT count(*) FROM audit_entry WHERE action = 'proposal.status' AND object_id = '" + id + "'"));
    }

    @Test
    void goesForwardStepByStepAndAClosedProposalKeepsItsStatus() {
        String id = post(STAFF_OWN, "窓口予約システム", false);
        change(SUBMITTER, id, of("status", "accepted", "answer", "検討します")).statusCode(200);
        change(ADMIN, id, of("status", "in_development")).statusCode(200).body("answer", equalTo("検討します"));
        String inDevelopment = state(id);
        change(PUB_OWN, id, of("status", "accepted")).statusCode(409).contentType("application/problem+json");
        assertEquals(inDevelopment, state(id));
        change(PUB_OWN, id, of("status", "declined", "answer", "予算がないため見送ります")).statusCode(200);
        String declined = state(id);
        change(PUB_OWN, id, of("status", "in_development")).statusCode(409);
        change(ADMIN, id, of("status", "solved", "answer", "x", "templateId", TemplateFixtures.published(PUB_OWN).id)).statusCode(409);
        assertEquals(declined, state(id));
        PUB_OTHER.request().put("/api/v1/proposals/" + id + "/support").then().statusCode(409);
        STAFF_OWN.request().get("/api/v1/proposals/" + id).then().body("history.toStatus",
                equalTo(List.of("accepted", "in_development", "declined")));
    }

    @Test
    void incompleteOrInvalidStatusChangesAre400AndChangeNothing() {
        String id = post(STAFF_OWN, "議事録作成の自動化", false);
        String draftTemplate = TemplateFixtures.draft(PUB_OWN).id;
        String before = state(id);
        long audits = db.scalar("SELECT count(*) FROM audit_entry");
        change(PUB_OWN, id, of("status", "solved", "answer", "解決")).statusCode(400).body("errors.field", hasItem("templateId"));
        change(PUB_OWN, id, of("status", "solved", "answer", "解決", "templateId", draftTemplate)).statusCode(400)
                .body("errors.field", hasItem("templateId"));
        change(PUB_OWN, id, of("status", "solved", "answer", "解決", "templateId", "3f1c2a4e-0000-4000-8000-000000000000"))
                .statusCode(400);
        change(PUB_OWN, id, of("status", "declined")).statusCode(400).body("errors.field", hasItem("answer"));
        change(PUB_OWN, id, of("status", "declined", "answer", "   ")).statusCode(400);
        change(PUB_OWN, id, of("status", "duplicate", "answer", "重複")).statusCode(400).body("errors.field", hasItem("duplicateOf"));
        change(PUB_OWN, id, of("status", "duplicate", "answer", "重複", "duplicateOf", id)).statusCode(400)
                .body("errors[0].message", containsString("another proposal"));
        change(PUB_OWN, id, of("status", "accepted", "templateId", draftTemplate)).statusCode(400);
        change(PUB_OWN, id, of("status", "finished")).statusCode(400);
        change(PUB_OWN, id, of("status", "open")).statusCode(409);
        change(PUB_OWN, id, of("status", "declined", "answer", "あ".repeat(4001))).statusCode(400);
        change(PUB_OTHER, id, of("status", "accepted")).statusCode(403);
        assertEquals(before, state(id));
        assertEquals(audits, db.scalar("SELECT count(*) FROM audit_entry"));
    }

    @Test
    void aDuplicateNamesTheKeptProposal() {
        String kept = post(STAFF_OTHER, "保育料シミュレーター", false);
        String dup = post(STAFF_OWN, "保育料の試算ツール", false);
        change(PUB_OWN, dup, of("status", "duplicate", "answer", "江東区の提案を支援してください", "duplicateOf", kept))
                .statusCode(200).body("duplicateOf", equalTo(kept)).body("status", equalTo("duplicate"));
    }
}
