package jp.yokoten.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import jp.yokoten.demo.DemoLoader;
import jp.yokoten.testing.DemoDatabaseProfile;
import jp.yokoten.testing.Persona;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The answers of the main GET operations on the demo portal hold to the published contract (issue 15): every
 * property a schema marks required is there, and null only where the schema says it may be, so the Java, Python and
 * TypeScript clients generated from openapi.yaml can trust their types. Each call goes through
 * {@link ResponseSchemaCheck}; callers of several roles, so that the fields only some of them see are checked too.
 */
@QuarkusTest
@TestProfile(ResponseContractTest.DemoPortal.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponseContractTest {
    /** Its own profile (a restart with a clean database): DemoDataTest counts what its own first load adds. */
    public static class DemoPortal extends DemoDatabaseProfile {}

    static final Persona KOTO_STAFF = Persona.of("koto-staff", "koto-staff", "koto", "staff");
    static final Persona MINATO_STAFF = Persona.of("minato-staff", "minato-staff", "minato", "staff");
    static final Persona KOTO_PUBLISHER = Persona.of("koto-publisher", "koto-publisher", "koto", "staff", "publisher");
    static final Persona REVIEWER = Persona.of("coe-reviewer", "coe-reviewer", "chiyoda", "staff", "reviewer");
    static final Persona COMMITTEE = Persona.of("committee-member", "committee-member", null, "staff", "award_committee");
    static final Persona ADMIN = Persona.of("portal-admin", "portal-admin", null, "staff", "admin");
    static final Persona EXTERNAL_JUDGE = Persona.of("external-judge", "external-judge", null, "award_committee");

    @Inject
    DemoLoader loader;

    ResponseSchemaCheck contract;

    @BeforeAll
    void demoPortal() {
        loader.load();
    }

    JsonPath get(Persona who, String path, Object... query) {
        if (contract == null) { // REST Assured knows the test port only once a test runs
            contract = ResponseSchemaCheck.served();
        }
        var request = who.request().filter(contract);
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam((String) query[i], query[i + 1]);
        }
        return request.get("/api/v1" + path).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void templateSearchDetailAndTheirListsHoldToTheContract() {
        get(KOTO_STAFF, "/templates", "q", "入所 調整"); // highlights
        get(KOTO_STAFF, "/templates/suggest", "q", "待機");
        get(KOTO_PUBLISHER, "/templates", "status", "draft"); // unpublished: no publishedAt, no rating yet
        List<String> ids = get(KOTO_STAFF, "/templates", "size", 100).getList("items.id");
        for (String id : ids) {
            get(KOTO_STAFF, "/templates/" + id);
            get(REVIEWER, "/templates/" + id); // with the last review
            JsonPath versions = get(KOTO_STAFF, "/templates/" + id + "/versions");
            for (String version : versions.<String>getList("items.version")) {
                get(REVIEWER, "/templates/" + id + "/versions/" + version + "/findings");
            }
            get(KOTO_STAFF, "/templates/" + id + "/ratings");
            get(KOTO_STAFF, "/templates/" + id + "/adoptions");
            get(KOTO_STAFF, "/templates/" + id + "/stories");
            get(KOTO_STAFF, "/templates/" + id + "/articles");
        }
        get(KOTO_STAFF, "/wards/koto/adoptions");
    }

    @Test
    void storiesAndArticlesHoldToTheContract() {
        for (String id : get(KOTO_STAFF, "/stories", "size", 100).<String>getList("items.id")) {
            get(KOTO_STAFF, "/stories/" + id);
            get(REVIEWER, "/stories/" + id);
        }
        for (String id : get(KOTO_STAFF, "/articles", "size", 100).<String>getList("items.id")) {
            get(KOTO_STAFF, "/articles/" + id);
            get(REVIEWER, "/articles/" + id);
        }
        get(REVIEWER, "/reviews", "status", "pending");
        get(REVIEWER, "/reviews", "status", "decided");
    }

    @Test
    void awardRoundsEntriesSheetsAndResultsHoldToTheContract() {
        JsonPath rounds = get(KOTO_STAFF, "/awards");
        for (int i = 0; i < rounds.getList("items").size(); i++) {
            String round = rounds.getString("items[" + i + "].id");
            boolean published = "published".equals(rounds.getString("items[" + i + "].phase"));
            get(KOTO_STAFF, "/awards/" + round);
            get(EXTERNAL_JUDGE, "/awards/" + round + "/entries"); // with evidence and the judge's own sheet
            for (String entry : get(ADMIN, "/awards/" + round + "/entries").<String>getList("items.id")) {
                get(ADMIN, "/awards/" + round + "/entries/" + entry);
                if (published) { // everyone's sheets only once the round is decided
                    get(ADMIN, "/awards/" + round + "/entries/" + entry + "/sheets");
                }
            }
            if (published) {
                get(KOTO_STAFF, "/awards/" + round + "/results");
            }
        }
    }

    @Test
    void proposalsProjectsStandardisationAndTheRegisterHoldToTheContract() {
        for (String id : get(KOTO_STAFF, "/proposals", "size", 100).<String>getList("items.id")) {
            get(KOTO_STAFF, "/proposals/" + id);
        }
        get(KOTO_STAFF, "/proposals/similar", "title", "保育園の入所申請");
        for (String id : get(KOTO_STAFF, "/projects").<String>getList("items.id")) {
            get(KOTO_STAFF, "/projects/" + id);
            get(KOTO_STAFF, "/projects/" + id + "/flow");
        }
        for (String process : get(KOTO_STAFF, "/processes").<String>getList("id")) {
            get(KOTO_STAFF, "/processes/" + process + "/board");
        }
        get(KOTO_STAFF, "/standardisation");
        get(ADMIN, "/certifications", "size", 100);
    }

    @Test
    void theCallerNotificationsStatisticsAndReferenceDataHoldToTheContract() {
        for (Persona who : List.of(KOTO_STAFF, KOTO_PUBLISHER, COMMITTEE)) {
            get(who, "/me"); // the committee member belongs to no ward; every caller becomes a portal user
            get(who, "/me/preferences");
            get(who, "/notifications");
        }
        // A rating without a comment: its notification's detail has the stars and leaves every other fact out.
        String kotoTemplate = get(KOTO_STAFF, "/templates", "ward", "koto").getString("items[0].id");
        MINATO_STAFF.request().contentType(ContentType.JSON).body(Map.of("stars", 4))
                .put("/api/v1/templates/" + kotoTemplate + "/rating").then().statusCode(200);
        JsonPath inbox = get(KOTO_PUBLISHER, "/notifications");
        assertEquals(Map.of("stars", 4), inbox.getMap("items[0].detail"));
        get(COMMITTEE, "/stats/kpis");
        get(COMMITTEE, "/stats/templates", "size", 100);
        get(COMMITTEE, "/stats/wards");
        get(COMMITTEE, "/stats/timeseries", "metric", "adoptions");
        get(ADMIN, "/audit", "size", 100);
        get(KOTO_STAFF, "/wards");
        get(KOTO_STAFF, "/platforms");
        get(KOTO_STAFF, "/categories");
    }
}
