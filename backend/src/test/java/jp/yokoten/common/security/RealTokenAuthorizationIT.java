package jp.yokoten.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import jp.yokoten.award.AwardAuthorizationMatrixTest;
import jp.yokoten.certification.CertificationAuthorizationMatrixTest;
import jp.yokoten.proposal.ProposalAuthorizationMatrixTest;
import jp.yokoten.standardisation.StandardisationAuthorizationMatrixTest;
import jp.yokoten.template.TemplateAuthorizationMatrixTest;
import jp.yokoten.testing.KeycloakProfile;
import jp.yokoten.testing.Persona;
import jp.yokoten.testing.Personas;
import jp.yokoten.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The authorisation matrices replayed with real Keycloak tokens of the demo realm: every role-gated endpoint
 * family, every matrix column a realm user (or the award-committee client), so Keycloak's realm roles and
 * ward groups — not test headers — decide. Fixtures are built with the same tokens, so ownership and the
 * four-eyes rule see the same subjects. Each cell asserts what the header-based matrix asserts: the status,
 * problem+json and an unchanged database on refusal, the body on success.
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class RealTokenAuthorizationIT {

    @BeforeAll
    static void realTokens() {
        Persona.useRealTokens(true);
    }

    @AfterAll
    static void headersAgain() {
        Persona.useRealTokens(false);
    }

    /** Every matrix column logs in to the realm and gets the ward and roles the matrices give it. */
    @TestFactory
    Stream<DynamicTest> everyMatrixPersonaIsARealmUserWithItsWardAndRoles() {
        Set<Persona> personas = new LinkedHashSet<>(Personas.EVERYONE);
        personas.addAll(AwardAuthorizationMatrixTest.columns());
        personas.remove(Personas.ANON);
        return personas.stream().map(p -> dynamicTest(p + " (" + p.user() + ")", () -> {
            var me = given().auth().oauth2(Tokens.cached(p.user())).get("/api/v1/me").then().statusCode(200)
                    .body("subject", equalTo(p.subject()))
                    .body("roles", hasItems(p.roles().toArray(String[]::new)));
            if (p.ward() == null) {
                me.body("ward", nullValue());
            } else {
                me.body("ward.slug", equalTo(p.ward()));
            }
            // exactly the matrix's roles among the portal's own (Keycloak adds its defaults, e.g. offline_access)
            me.body("roles.findAll { it in ['staff', 'publisher', 'reviewer', 'award_committee', 'admin'] }",
                    containsInAnyOrder(p.roles().toArray()));
        }));
    }

    /** Catalogue: create, edit and submit (own ward vs other), review (four eyes), withdraw, archive, adoption, processes, stats with CSV, audit. */
    @TestFactory
    Stream<DynamicTest> templatesReviewsProcessesStatsAndAudit() {
        return TemplateAuthorizationMatrixTest.cells(Set.of("POST /templates", "GET /templates/{id} (draft)", "PATCH /templates/{id} (draft)",
                "POST submit (draft with version)", "POST withdraw (approved version)", "GET /reviews",
                "POST review (submitted by minato-lead)", "POST archive (published)", "PUT adoption (published)",
                "POST /processes", "PUT /processes/{id}", "GET /api/v1/stats/kpis", "GET /api/v1/stats/templates",
                "GET /api/v1/stats/wards (CSV)", "GET /api/v1/stats/timeseries?metric=downloads (CSV)", "GET /audit"));
    }

    /** Standardisation: projects (create, edit, members), ward plans (own ward only), hearing adoptions. */
    @TestFactory
    Stream<DynamicTest> projectsPlansAndHearingAdoptions() {
        return StandardisationAuthorizationMatrixTest.cells(Set.of("POST /projects", "PATCH /projects/{id}",
                "PUT /projects/{id}/members/{subject}", "PUT /wards/minato/plans/{processId}",
                "PUT /templates/{id}/adoptions/nerima (hearing)"));
    }

    /** The award: rounds, phases, entries (own ward), judging (conflict of interest), sheets, prizes. */
    @TestFactory
    Stream<DynamicTest> awardRoundsPhasesEntriesAndJudging() {
        return AwardAuthorizationMatrixTest.cells(Set.of("POST /awards", "PATCH /awards/{id} (draft)", "POST phase draft→open",
                "POST entries (open)", "GET entry (open)", "DELETE entry (open)", "PUT score (judging)", "GET sheets (decided)",
                "GET results (decided)", "PUT prize (decided)"));
    }

    /** Proposals: author-only edits, status changes by the ward's publishers and admins. */
    @TestFactory
    Stream<DynamicTest> proposalsAndTheirStatus() {
        return ProposalAuthorizationMatrixTest.cells(Set.of("POST /proposals", "PATCH /proposals/{id} (open)",
                "POST /proposals/{id}/status (accepted)"));
    }

    /** The certification register: own ward's publishers, the committee, admins. */
    @TestFactory
    Stream<DynamicTest> certifications() {
        return CertificationAuthorizationMatrixTest.cells(Set.of("GET /certifications?ward=minato", "GET /certifications (CSV)",
                "POST /certifications (minato)", "POST /certifications (no ward given)", "POST /certifications/{id}/revoke"));
    }
}
