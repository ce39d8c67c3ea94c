package jp.yokoten.process;

import static jp.yokoten.testing.Personas.ADMIN;
import static jp.yokoten.testing.Personas.STAFF_OTHER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import jp.yokoten.testing.Db;
import jp.yokoten.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Common business processes as a portal operator maintains them: names are unique, renames take effect for every
 * reader, and a refused call changes nothing. Every test works on processes it creates (with a unique suffix), never
 * on the built-in ones that statistics and standardisation tests share.
 */
@QuarkusTest
class ProcessTest {
    @Inject
    Db db;

    @Inject
    TestClock clock;

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Response post(Map<String, Object> body) {
        return ADMIN.request().contentType(ContentType.JSON).body(body).post("/api/v1/processes");
    }

    private static Response put(String id, Map<String, Object> body) {
        return ADMIN.request().contentType(ContentType.JSON).body(body).put("/api/v1/processes/" + id);
    }

    private static JsonPath list() {
        return STAFF_OTHER.request().get("/api/v1/processes").then().statusCode(200).extract().jsonPath();
    }

    /** Processes with these names, and audit entries on processes, before and after: the refused call must change neither. */
    private void refused(int status, List<String> names, Supplier<Response> call) {
        String rows = "SELECT count(*) FROM process WHERE name_ja IN (" + String.join(",", names.stream().map(n -> "'" + n + "'").toList()) + ")";
        String audit = "SELECT count(*) FROM audit_entry WHERE object_type = 'process'";
        long rowsBefore = db.scalar(rows);
        long auditBefore = db.scalar(audit);
        call.get().then().statusCode(status).contentType("application/problem+json");
        assertEquals(rowsBefore, db.scalar(rows), "no process saved or renamed");
        assertEquals(auditBefore, db.scalar(audit), "nothing audited");
    }

    @Test
    void anAddedProcessIsListedForEveryoneAndAudited() {
        String name = unique("戸籍届出受付");
        OffsetDateTime at = OffsetDateTime.parse("2026-10-01T09:30:00+09:00");
        clock.pin(at.toInstant());
        String id = post(Map.of("nameJa", "  " + name + " ", "nameEn", "Family register notifications")).then().statusCode(201)
                .header("Location", containsString("/api/v1/processes/"))
                .body("nameJa", equalTo(name)).body("nameEn", equalTo("Family register notifications")).extract().path("id");
        assertEquals(name, list().getString("find { it.id == '" + id + "' }.nameJa"), "stored without the surrounding spaces");
        assertEquals(List.of("process.created"), db.texts("SELECT action FROM audit_entry WHERE object_id = '" + id + "'"));
        assertEquals(List.of(at.toInstant().toString()), db.texts(
                "SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM audit_entry WHERE object_id = '" + id + "'"),
                "audited at the server clock's time");
        assertEquals(1, db.scalar("SELECT count(*) FROM process WHERE id = '" + id + "' AND created_at = '" + at + "'"));
    }

    @Test
    void aRenameIsEffectiveAndVisibleToEveryReader() {
        String before = unique("住民票交付");
        String after = unique("住民票の写し交付");
        String id = post(Map.of("nameJa", before)).then().statusCode(201).extract().path("id");
        put(id, Map.of("nameJa", after, "nameEn", "Certificates of residence")).then().statusCode(200)
                .body("id", equalTo(id)).body("nameJa", equalTo(after)).body("nameEn", equalTo("Certificates of residence"));
        JsonPath l = list();
        assertEquals(after, l.getString("find { it.id == '" + id + "' }.nameJa"));
        assertFalse(l.getList("nameJa").contains(before), "the old name is gone");
        assertEquals(List.of("process.created", "process.renamed"),
                db.texts("SELECT action FROM audit_entry WHERE object_id = '" + id + "' ORDER BY id"));
        assertEquals(List.of(before), db.texts("SELECT before ->> 'nameJa' FROM audit_entry WHERE object_id = '" + id + "' AND action = 'process.renamed'"));

        put(id, Map.of("nameJa", after)).then().statusCode(200).body("nameEn", equalTo(null));
        assertTrue(list().getString("find { it.id == '" + id + "' }.nameEn") == null, "a rename without nameEn clears it");
    }

    @Test
    void duplicateNamesAreRefusedWith409AndChangeNothing() {
        String first = unique("介護認定調査");
        String second = unique("介護保険料賦課");
        post(Map.of("nameJa", first)).then().statusCode(201);
        String id = post(Map.of("nameJa", second)).then().statusCode(201).extract().path("id");
        refused(409, List.of(first), () -> post(Map.of("nameJa", first)));
        refused(409, List.of(first), () -> post(Map.of("nameJa", " " + first + " ")));
        refused(409, List.of(first, second), () -> put(id, Map.of("nameJa", first)));
        assertEquals(second, list().getString("find { it.id == '" + id + "' }.nameJa"));
        put(id, Map.of("nameJa", second, "nameEn", "Long-term care premiums")).then().statusCode(200)
                .body("nameEn", equalTo("Long-term care premiums"));
    }

    @Test
    void unknownIdsAre404AndBadInputIs400() {
        String name = unique("国民健康保険");
        refused(404, List.of(name), () -> put(UUID.randomUUID().toString(), Map.of("nameJa", name)));
        refused(400, List.of(name), () -> put("not-a-uuid", Map.of("nameJa", name)));
        refused(400, List.of(name), () -> post(Map.of("nameJa", " ")));
        refused(400, List.of(name), () -> post(Map.of("nameJa", name + "あ".repeat(100))));
        refused(400, List.of(name), () -> post(Map.of("nameEn", name)));
    }
}
