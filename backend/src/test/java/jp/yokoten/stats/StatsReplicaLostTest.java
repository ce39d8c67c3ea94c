package jp.yokoten.stats;

import static jp.yokoten.testing.Personas.COMMITTEE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import jp.yokoten.template.TemplateFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A replica that accepts the connection and then dies in the middle of a statistics query (the connection drops
 * once the query is sent): the committee's figures still answer, from the primary, the same as the replica gives.
 * The "replica" is a proxy to the test database that can cut exactly the statements naming a stats_ table.
 */
@QuarkusTest
@TestProfile(StatsReplicaLostTest.CuttableReplica.class)
class StatsReplicaLostTest {
    static final String PRIMARY = System.getenv().getOrDefault("YOKOTEN_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/yokoten_test");
    static final CuttingProxy REPLICA = new CuttingProxy(URI.create(PRIMARY.substring("jdbc:".length())));

    public static class CuttableReplica implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String database = URI.create(PRIMARY.substring("jdbc:".length())).getPath();
            // pause 0: every request tries the replica first, so each one below meets the cut.
            return Map.of("quarkus.datasource.reads.jdbc.url", "jdbc:postgresql://127.0.0.1:" + REPLICA.port() + database,
                    "yokoten.reads.replica-pause", "0S");
        }
    }

    private final int year = FiscalYear.current().year();

    @BeforeEach
    void aTemplateWithFiguresThisYear() {
        TemplateFixtures t = TemplateFixtures.published(TemplateFixtures.KOTO_PUBLISHER);
        TemplateFixtures.KOTO_PUBLISHER.request().get("/api/v1/templates/" + t.id + "/versions/1.0.0/file").then().statusCode(200);
    }

    /** The answer while the replica works, then while it drops every statistics query: the same, and the cut was met. */
    private void sameAnswerWhenTheReplicaIsLostMidQuery(String what, Function<RequestSpecification, String> get) {
        REPLICA.cutting = false;
        int servedBefore = REPLICA.served.get();
        String fromReplica = get.apply(COMMITTEE.request());
        assertTrue(REPLICA.served.get() > servedBefore, what + " is read on the replica while it works");

        REPLICA.cutting = true;
        int cutsBefore = REPLICA.cuts.get();
        String afterLoss = get.apply(COMMITTEE.request());
        assertTrue(REPLICA.cuts.get() > cutsBefore, what + " met the replica dying mid-query");
        assertEquals(fromReplica, afterLoss, what + " answered from the primary after the replica was lost");
    }

    @Test
    void kpisAnswerFromThePrimaryWhenTheReplicaDiesMidQuery() {
        sameAnswerWhenTheReplicaIsLostMidQuery("KPIs", r -> r.queryParam("fiscalYear", year).get("/api/v1/stats/kpis")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void templateAndWardFiguresAndSeriesAnswerFromThePrimaryWhenTheReplicaDiesMidQuery() {
        sameAnswerWhenTheReplicaIsLostMidQuery("per-template figures", r -> r.queryParam("fiscalYear", year)
                .get("/api/v1/stats/templates").then().statusCode(200).extract().asString());
        sameAnswerWhenTheReplicaIsLostMidQuery("per-ward figures", r -> r.queryParam("fiscalYear", year)
                .get("/api/v1/stats/wards").then().statusCode(200).extract().asString());
        sameAnswerWhenTheReplicaIsLostMidQuery("the downloads series", r -> r.queryParam("metric", "downloads")
                .get("/api/v1/stats/timeseries").then().statusCode(200).extract().asString());
    }

    @Test
    void theStreamedCsvExportIsRetriedOnThePrimaryWhenTheReplicaDiesBeforeItsFirstByte() {
        sameAnswerWhenTheReplicaIsLostMidQuery("the templates CSV", r -> {
            String csv = r.accept("text/csv").queryParam("fiscalYear", year).get("/api/v1/stats/templates")
                    .then().statusCode(200).extract().asString();
            assertTrue(csv.lines().count() >= 2, "header and this year's rows: " + csv);
            assertEquals(1, csv.split("template_id,", -1).length - 1, "the header once, not again after a retry");
            return csv;
        });
    }

    /** Forwards to PostgreSQL; while {@code cutting}, drops both sides when a client message names a stats_ table. */
    static final class CuttingProxy {
        private static final byte[] MARKER = "stats_".getBytes(StandardCharsets.US_ASCII);
        private final ServerSocket server;
        private final URI target;
        volatile boolean cutting;
        final AtomicInteger cuts = new AtomicInteger();
        final AtomicInteger served = new AtomicInteger();

        CuttingProxy(URI target) {
            this.target = target;
            try {
                server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread.ofVirtual().start(this::accept);
        }

        int port() {
            return server.getLocalPort();
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket upstream = new Socket(target.getHost(), target.getPort());
                    Thread.ofVirtual().start(() -> pump(client, upstream, true));
                    Thread.ofVirtual().start(() -> pump(upstream, client, false));
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void pump(Socket from, Socket to, boolean fromClient) {
            byte[] buf = new byte[64 * 1024];
            try (from; to; InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buf)) > 0; ) {
                    if (fromClient && contains(buf, n)) {
                        if (cutting) {
                            cuts.incrementAndGet();
                            return; // closes both sockets: the server went away mid-query
                        }
                        served.incrementAndGet();
                    }
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException ignored) {
                // the other side closed
            }
        }

        private static boolean contains(byte[] buf, int n) {
            outer:
            for (int i = 0; i + MARKER.length <= n; i++) {
                for (int j = 0; j < MARKER.length; j++) {
                    if (buf[i + j] != MARKER[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }
    }
}
