package jp.yokoten.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import jp.yokoten.fault.FaultStack.Answer;

/**
 * SPEC §12 fault b: Keycloak down, then back with new signing keys (the suite's Keycloak runs on dev-mem). Its
 * restart overlaps the database scenario, so the suite calls {@link #stopAndRestart} before it and
 * {@link #freshTokenFromNewKeysIsAcceptedWithinTenSeconds} after it.
 */
final class KeycloakFaults {
    private final FaultStack stack;
    private final String kidBefore;

    KeycloakFaults(FaultStack stack) throws Exception {
        this.stack = stack;
        this.kidBefore = OwnKeycloak.kid(stack.token());
    }

    /** Keycloak down: tokens it issued before keep working; then it starts again with new keys. */
    void stopAndRestart() throws Exception {
        stack.keycloak.stop();
        for (int i = 0; i < 10; i++) {
            Answer me = stack.get("api/v1/me");
            assertEquals(200, me.status(), me.body());
        }
        Answer created = stack.send("POST", "api/v1/templates", FaultStack.templateBody("Keycloak停止中の作成"));
        assertEquals(201, created.status(), created.body());
        stack.keycloak.start(); // not awaited: the database scenario runs meanwhile
    }

    /** Keycloak restarted with new keys: a token signed by them is accepted within 10 s. */
    void freshTokenFromNewKeysIsAcceptedWithinTenSeconds() throws Exception {
        stack.keycloak.awaitReady(Duration.ofSeconds(240));
        String fresh = stack.keycloak.token("koto-staff");
        assertNotEquals(kidBefore, OwnKeycloak.kid(fresh), "Keycloak kept its key; the scenario proves nothing");
        long start = System.nanoTime();
        FaultStack.awaitStatus(200, () -> FaultStack.get("api/v1/me", fresh), Duration.ofSeconds(10));
        System.out.printf("token from new keys accepted after %d ms%n", (System.nanoTime() - start) / 1_000_000);
        stack.renewToken(); // the old keys are gone for good (dev-mem): later scenarios use new ones
    }
}
