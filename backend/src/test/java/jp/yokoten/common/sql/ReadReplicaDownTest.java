package jp.yokoten.common.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.yokoten.template.TemplateFixtures;
import org.junit.jupiter.api.Test;

/**
 * A replica that accepts connections and never answers (the worst kind: no quick "connection refused"). Search must
 * answer from the primary, paying the replica's short login timeout once and then nothing while it is skipped.
 */
@QuarkusTest
@TestProfile(ReadReplicaDownTest.SilentReplica.class)
class ReadReplicaDownTest {
    /** Bound but never accepting: the kernel completes the TCP handshake, PostgreSQL's start-up never comes. */
    static final ServerSocket SILENT;

    static {
        try {
            SILENT = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static class SilentReplica implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.reads.jdbc.url", "jdbc:postgresql://127.0.0.1:" + SILENT.getLocalPort() + "/yokoten",
                    "yokoten.reads.replica-pause", "60S");
        }
    }

    @Inject
    ReadRouter router;

    @Test
    void searchAnswersFromThePrimaryWhileTheReplicaDoesNotAnswerAndSkipsItAfterTheFirstTry() {
        String tag = "down" + UUID.randomUUID().toString().substring(0, 8);
        var body = new java.util.HashMap<>(TemplateFixtures.validBody("レプリカ停止中の検索"));
        body.put("tags", List.of(tag));
        String id = TemplateFixtures.draft(TemplateFixtures.KOTO_PUBLISHER, body).publish().id;
        assertTrue(router.replicaConfigured());

        long[] millis = new long[20];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            List<String> ids = TemplateFixtures.KOTO_PUBLISHER.request().queryParam("tag", tag).get("/api/v1/templates")
                    .then().statusCode(200).extract().jsonPath().getList("items.id");
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            assertEquals(List.of(id), ids, "search answered by the primary, request " + i);
        }
        long rest = java.util.Arrays.stream(millis, 1, millis.length).sum();
        // The first search waits out the replica's 1 s timeouts; the next 19 must not, or each would cost a second.
        assertTrue(millis[0] < 4_000, "first search within the replica's login budget: " + millis[0] + " ms");
        assertTrue(rest < 5_000, "the silent replica is skipped, not retried per request: " + rest + " ms for 19 searches");
    }
}
