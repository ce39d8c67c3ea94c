package jp.yokoten.proposal;

import static jp.yokoten.testing.Personas.ADMIN;
import static jp.yokoten.testing.Personas.REVIEWER;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jp.yokoten.testing.Persona;
import org.junit.jupiter.api.Test;

/** SPEC §9 anonymity holds in the audit log: a reviewer of another ward cannot learn who wrote an anonymous proposal. */
@QuarkusTest
class ProposalAuditTest {
    static final Persona AUTHOR = Persona.of("sumida staff", "sumida-staff", "sumida", "staff");

    @Test
    void anAnonymousProposalsTrailIsForAdminOnly() {
        String anonymous = ProposalFixtures.post(AUTHOR, "窓口予約の平準化", true);
        String named = ProposalFixtures.post(AUTHOR, "窓口予約の事前受付", false);

        ADMIN.request().get("/api/v1/audit?objectId=" + anonymous).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].actor", equalTo("sub-sumida-staff"));
        REVIEWER.request().get("/api/v1/audit?objectId=" + anonymous).then().statusCode(200).body("total", equalTo(0));
        REVIEWER.request().get("/api/v1/audit?actor=sub-sumida-staff&size=100").then().statusCode(200)
                .body("items.findAll { it.objectId == '" + anonymous + "' }.size()", equalTo(0))
                .body("items.findAll { it.objectId == '" + named + "' }.size()", equalTo(1));
        REVIEWER.request().get("/api/v1/audit?objectId=" + named).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].actor", equalTo("sub-sumida-staff"));
    }
}
