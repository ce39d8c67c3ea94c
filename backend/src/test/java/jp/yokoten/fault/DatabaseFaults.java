package jp.yokoten.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.yokoten.fault.FaultStack.Answer;

/** SPEC §12 fault a: the database goes away under writers and comes back. */
final class DatabaseFaults {
    private static final Duration ANSWER_LIMIT = Duration.ofSeconds(5);

    private final FaultStack stack;

    DatabaseFaults(FaultStack stack) {
        this.stack = stack;
    }

    /** PostgreSQL stopped and started under six writers for 30 s: only 2xx or 503, no acknowledged write lost. */
    void restartUnderSixWritersAnswersOnly2xxOr503AndLosesNoAcknowledgedWrite() throws Exception {
        Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Integer> readiness = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService writers = Executors.newFixedThreadPool(7)) {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 6; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    int n = 0;
                    while (running.get()) {
                        Answer a = stack.send("POST", "api/v1/templates", FaultStack.templateBody("書込負荷 " + writer + "-" + n++));
                        statuses.merge(a.status(), 1, Integer::sum);
                        if (a.status() == 201) {
                            acknowledged.add(UUID.fromString(FaultStack.JSON.readTree(a.body()).get("id").asText()));
                        } else if (!(a.status() == 503 && a.problem() && a.retryAfter())) {
                            violations.add(a.toString());
                        }
                        if (a.millis() > ANSWER_LIMIT.toMillis()) {
                            violations.add("slow answer " + a.millis() + " ms: " + a);
                        }
                        if (a.status() == 503) {
                            Thread.sleep(200);
                        }
                    }
                    return null;
                }));
            }
            done.add(writers.submit(() -> {
                while (running.get()) {
                    int r = stack.api.readiness();
                    if (readiness.isEmpty() || readiness.getLast() != r) {
                        readiness.add(r);
                    }
                    Thread.sleep(250);
                }
                return null;
            }));
            Thread.sleep(7_000);
            stack.postgres.stop();
            Thread.sleep(8_000);
            stack.postgres.start();
            Thread.sleep(15_000);
            running.set(false);
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        }
        System.out.println("PostgreSQL restart under load: statuses " + statuses + ", readiness " + readiness
                + ", acknowledged " + acknowledged.size());
        assertEquals(List.of(), violations.subList(0, Math.min(10, violations.size())), violations.size() + " answers were not 2xx/503");
        assertTrue(readiness.indexOf(503) > 0 && readiness.lastIndexOf(200) > readiness.indexOf(503),
                "readiness should go DOWN then UP: " + readiness);
        assertTrue(statuses.getOrDefault(201, 0) > 0, "no write was acknowledged: " + statuses);
        try (Connection c = stack.postgres.connect();
             PreparedStatement q = c.prepareStatement("SELECT count(*) FROM template WHERE id = ANY (?)")) {
            q.setArray(1, c.createArrayOf("uuid", acknowledged.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertEquals(acknowledged.size(), rs.getInt(1), "acknowledged templates present after the restart");
            }
        }
    }
}
