package jp.yokoten.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.yokoten.demo.DemoLoader;
import jp.yokoten.testing.KeycloakDemoProfile;
import jp.yokoten.testing.KeycloakProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * examples/committee/committee_stats.py (standard-library Python 3) against the running API and the real Keycloak:
 * client credentials, the KPIs of FY2025 printed, the per-template CSV saved as UTF-8 with BOM; refusals save nothing.
 */
@QuarkusTest
@TestProfile(KeycloakDemoProfile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitteeExampleIT {
    static final Path SCRIPT = Path.of("..", "examples", "committee", "committee_stats.py");

    @Inject
    DemoLoader loader;

    Path dir;

    record Run(int exit, String out, String err) {}

    @BeforeAll
    void demo() throws IOException {
        loader.load();
        dir = Files.createDirectories(Path.of("target", "committee-example"));
    }

    Run run(String secret, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("python3", SCRIPT.toString(),
                "--api", "http://localhost:" + RestAssured.port,
                "--token-url", KeycloakProfile.REALM_URL + "/protocol/openid-connect/token"));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("YOKOTEN_CLIENT_SECRET", secret);
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the script finishes within a minute");
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void printsTheKpisAndSavesThePerTemplateCsvAsUtf8WithBom() throws Exception {
        Path csv = dir.resolve("templates-FY2025.csv");
        Files.deleteIfExists(csv);
        Run run = run("award-committee-secret", "--fiscal-year", "2025", "--out", csv.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("KPI 年度 FY2025 (2025-04-01 – 2026-04-01, JST)"), run.out());
        assertTrue(run.out().contains("他区への横展開数: 21 adoptions  目標 ≥ 50  未達"), run.out());
        assertTrue(run.out().contains("新規テンプレート登録数: 13 templates"), run.out());

        byte[] bytes = Files.readAllBytes(csv);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "starts with the UTF-8 BOM");
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        List<String> lines = List.of(text.substring(1).split("\r\n"));
        assertTrue(lines.get(0).startsWith("template_id,title,owner_ward,platform,category,status,views,downloads,adoptions,"
                + "cross_ward_adoptions"), lines.get(0));
        int total = RestAssured.given().auth().oauth2(jp.yokoten.testing.Tokens.forClient("award-committee", "award-committee-secret"))
                .queryParam("fiscalYear", 2025).get("/api/v1/stats/templates").then().statusCode(200).extract().path("total");
        assertEquals(total + 1, lines.size(), "one row per template and the header");
        assertTrue(run.out().contains("テンプレート別の集計 " + total + " 行を保存しました"), run.out());
        assertTrue(text.chars().anyMatch(c -> c >= 0x3040 && c <= 0x9FFF), "Japanese titles survive the round trip");
    }

    @Test
    void aRefusedLoginOrRequestPrintsTheProblemAndSavesNothing() throws Exception {
        Path csv = dir.resolve("refused.csv");
        Files.deleteIfExists(csv);
        Run badSecret = run("not-the-secret", "--fiscal-year", "2025", "--out", csv.toString());
        assertEquals(1, badSecret.exit());
        assertTrue(badSecret.err().contains("The login service refused: HTTP 401"), badSecret.err());

        Run badYear = run("award-committee-secret", "--fiscal-year", "1999", "--out", csv.toString());
        assertEquals(1, badYear.exit());
        assertTrue(badYear.err().contains("HTTP 400: Invalid input"), badYear.err());
        assertTrue(badYear.err().contains("fiscalYear: must be a year between 2000 and 2100"), badYear.err());
        assertFalse(Files.exists(csv), "nothing is saved when the API refuses");
    }
}
