package jp.yokoten.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Python client that openapi-generator builds from openapi.yaml at build time (backend/pom.xml, python-client):
 * its statistics methods return the schemas' models, not None, and its configuration sends the bearer token.
 * Read as source (PyPI is out of reach here, so the client's dependencies may be missing) and byte-compiled.
 */
class GeneratedPythonClientTest {
    static final Path CLIENT = Path.of("target", "generated-clients", "python", "yokoten_client");

    @Test
    void statisticsMethodsAreTypedToTheSchemas() throws Exception {
        String api = Files.readString(CLIENT.resolve("api").resolve("statistics_api.py"));
        Map<String, String> expected = Map.of("get_kpis", "KpiReport", "get_template_stats", "PageTemplateStats",
                "get_time_series", "TimeSeries", "get_ward_stats", "List[WardStats]");
        expected.forEach((method, type) -> {
            Matcher m = Pattern.compile("def " + method + "\\((.*?)\\) -> ([\\w\\[\\]]+):", Pattern.DOTALL).matcher(api);
            assertTrue(m.find(), method + " is generated");
            assertEquals(type, m.group(2), method + " returns the schema's model");
            assertTrue(m.group(1).contains("fiscal_year: ") || method.equals("get_time_series"), method + " takes typed parameters");
        });
        // The JSON answer is what the generated code deserialises (a CSV-first contract made it return None).
        assertTrue(api.contains("'200': \"KpiReport\""), "get_kpis maps 200 to KpiReport");
        assertTrue(api.contains("'application/json'"), "JSON is accepted");
        Matcher auth = Pattern.compile("_auth_settings: List\\[str\\] = \\[(.*?)\\]", Pattern.DOTALL).matcher(api);
        for (int method = 0; method < 4; method++) {
            assertTrue(auth.find(), "each of the 4 statistics methods sends credentials");
            assertTrue(auth.group(1).contains("'keycloak'") && auth.group(1).contains("'bearer'"), auth.group(1));
        }
        String models = Files.readString(CLIENT.resolve("models").resolve("kpi_report.py"));
        assertTrue(models.contains("fiscal_year: StrictInt"), models);
        assertTrue(models.contains("kpis: List[Kpi]"), models);
    }

    @Test
    void configurationSendsTheTokenAsBearerForBothSchemes() throws Exception {
        String config = Files.readString(CLIENT.resolve("configuration.py"));
        for (String scheme : new String[] {"keycloak", "bearer"}) {
            Matcher m = Pattern.compile("auth\\['" + scheme + "'\\] = \\{(.*?)\\}", Pattern.DOTALL).matcher(config);
            assertTrue(m.find(), scheme + " is in auth_settings");
            assertTrue(m.group(1).contains("'in': 'header'"), m.group(1));
            assertTrue(m.group(1).contains("'key': 'Authorization'"), m.group(1));
            assertTrue(m.group(1).contains("'Bearer ' + self.access_token"), m.group(1));
        }
    }

    @Test
    void theGeneratedPackageIsValidPython() throws Exception {
        Process p = new ProcessBuilder("python3", "-m", "compileall", "-q", CLIENT.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.exitValue(), out);
    }
}
