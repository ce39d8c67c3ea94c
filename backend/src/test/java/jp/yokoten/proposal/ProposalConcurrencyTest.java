package jp.yokoten.proposal;

import static jp.yokoten.testing.Personas.STAFF_OWN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.yokoten.testing.Persona;
import org.junit.jupiter.api.Test;

/** Counts stay exact when many people support at once (SPEC §9; issue 17 acceptance 4). */
@QuarkusTest
class ProposalConcurrencyTest {
    static final List<String> WARDS = List.of("koto", "shinagawa", "setagaya", "nerima", "adachi");

    private static int run(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            int ok = 0;
            for (Future<Integer> f : pool.invokeAll(calls)) {
                ok += f.get() == 200 ? 1 : 0;
            }
            return ok;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twentyParallelSupportersFromFiveWardsAreCountedExactly() throws Exception {
        String id = ProposalFixtures.post(STAFF_OWN, "並行支援の検証", false);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String ward = WARDS.get(i % WARDS.size());
            Persona p = Persona.of("supporter " + i, ward + "-supporter-" + i, ward, "staff");
            calls.add(() -> p.request().put("/api/v1/proposals/" + id + "/support").statusCode());
        }
        assertEquals(20, run(calls));
        STAFF_OWN.request().get("/api/v1/proposals/" + id).then().statusCode(200)
                .body("supporters", org.hamcrest.Matchers.equalTo(21)).body("supportingWards", org.hamcrest.Matchers.equalTo(6));
        // Seven take it back at once: all four of Koto (0, 5, 10, 15), so Koto drops out, and 1, 2, 3 of other wards.
        calls.clear();
        for (int i : List.of(0, 5, 10, 15, 1, 2, 3)) {
            String ward = WARDS.get(i % WARDS.size());
            Persona p = Persona.of("supporter " + i, ward + "-supporter-" + i, ward, "staff");
            calls.add(() -> p.request().delete("/api/v1/proposals/" + id + "/support").statusCode());
        }
        assertEquals(7, run(calls));
        // Left: 13 supporters of shinagawa, setagaya, nerima and adachi, plus the author of Minato: 14 people, 5 wards.
        STAFF_OWN.request().get("/api/v1/proposals/" + id).then()
                .body("supporters", org.hamcrest.Matchers.equalTo(14)).body("supportingWards", org.hamcrest.Matchers.equalTo(5));
    }

    @Test
    void concurrentSupportsByOnePersonCountOnce() throws Exception {
        String id = ProposalFixtures.post(STAFF_OWN, "同一人物の連打", false);
        Persona p = Persona.of("eager", "eager-koto", "koto", "staff");
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(() -> p.request().put("/api/v1/proposals/" + id + "/support").statusCode());
        }
        assertEquals(10, run(calls));
        STAFF_OWN.request().get("/api/v1/proposals/" + id).then()
                .body("supporters", org.hamcrest.Matchers.equalTo(2)).body("supportingWards", org.hamcrest.Matchers.equalTo(2));
    }
}
