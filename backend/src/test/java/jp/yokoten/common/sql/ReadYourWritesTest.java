package jp.yokoten.common.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.yokoten.template.TemplateFixtures;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Read-your-writes. The "replica" here is the server's {@code postgres} database: not a standby (that is rehearsed in
 * deploy/scale-rehearsal.sh with real streaming replication) but a copy that never receives this run's writes and
 * has no portal tables at all, so a read that reached it instead of the primary could not find the writer's edit.
 */
@QuarkusTest
@TestProfile(ReadYourWritesTest.StaleReplica.class)
class ReadYourWritesTest {
    public static class StaleReplica implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The same server as the test database (wherever YOKOTEN_TEST_DB_URL puts it), its postgres database.
            String primary = System.getenv().getOrDefault("YOKOTEN_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/yokoten_test");
            return Map.of("quarkus.datasource.reads.jdbc.url", primary.substring(0, primary.lastIndexOf('/') + 1) + "postgres");
        }
    }

    @Inject
    ReadRouter router;

    @Inject
    ReadYourWrites ownWrites;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String primaryUrl;

    @Test
    void readsOfSomeoneWhoWroteNothingGoToTheReplica() throws Exception {
        assertTrue(router.replicaConfigured());
        assertEquals("postgres", ReadRoutingTest.database(router));
    }

    @Test
    void aWriteAnswersWithThePrimaryPositionAndTheWritersNextSearchFindsTheEditOnThePrimary() {
        String tag = "own" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>(TemplateFixtures.validBody("自分の下書きがすぐ見える"));
        body.put("tags", List.of(tag));
        var created = TemplateFixtures.KOTO_PUBLISHER.request().contentType("application/json").body(body)
                .post("/api/v1/templates").then().statusCode(201).extract();
        String lsn = created.cookie(ReadYourWritesFilter.COOKIE);
        assertNotNull(lsn, "a write answers with the primary's WAL position");
        assertTrue(lsn.matches("[0-9A-F]{1,8}-[0-9A-F]{1,8}"), lsn);

        List<String> ids = TemplateFixtures.KOTO_PUBLISHER.request().cookie(ReadYourWritesFilter.COOKIE, lsn)
                .queryParam("tag", tag).queryParam("status", "draft").get("/api/v1/templates")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertEquals(List.of(created.jsonPath().getString("id")), ids);
    }

    @Test
    void aReplicaThatHasNotReplayedTheWriteIsPassedOverAndAMalformedPositionIsIgnored() throws Exception {
        var context = Arc.container().requestContext();
        context.activate();
        try {
            ownWrites.since("not-an-lsn");
            assertEquals("postgres", ReadRoutingTest.database(router), "no valid position: the replica may answer");
            ownWrites.since(router.primaryPosition().orElseThrow());
            assertEquals(ReadRouter.Target.PRIMARY, router.target());
            assertEquals(ReadRoutingTest.databaseOf(primaryUrl), ReadRoutingTest.database(router));
        } finally {
            context.terminate();
        }
    }
}
