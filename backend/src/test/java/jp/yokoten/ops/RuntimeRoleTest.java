package jp.yokoten.ops;

import static jp.yokoten.template.TemplateFixtures.KOTO_PUBLISHER;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import jp.yokoten.template.TemplateFixtures;
import org.junit.jupiter.api.Test;

/**
 * SPEC §12 least privilege, on a database laid out as in production: the API's own connections (the runtime
 * role) read and write rows but cannot change the schema, and can only append to the audit trail and usage log.
 * Every refusal must be PostgreSQL's permission check (SQLSTATE 42501), not the append-only trigger behind it.
 */
@QuarkusTest
@TestProfile(RuntimeRoleTest.Profile.class)
class RuntimeRoleTest {
    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OwnedDatabaseResource.class, Map.of("suffix", "roles")));
        }
    }

    private static final String DATABASE = OwnedDatabase.scratchName("roles");

    @Inject
    AgroalDataSource api;

    private void execute(String sql) throws SQLException {
        try (Connection c = api.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private void assertDenied(String sql) {
        SQLException e = assertThrows(SQLException.class, () -> execute(sql), sql);
        assertEquals("42501", e.getSQLState(), sql + " → " + e.getMessage());
    }

    private String text(String sql) throws SQLException {
        try (Connection c = api.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void theApiConnectsAsTheRuntimeRoleWhichIsNoSuperuserAndOwnsNothing() throws SQLException {
        assertEquals(OwnedDatabase.APP, text("SELECT current_user"));
        assertEquals("false", text("SELECT (rolsuper OR rolcreatedb OR rolcreaterole)::text FROM pg_roles WHERE rolname = current_user"));
        assertEquals("0", text("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = 'public' AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)"));
        assertEquals(OwnedDatabase.OWNER, text("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'template'"));
    }

    @Test
    void theRuntimeRoleCannotCreateTablesIndexesOrFunctions() {
        assertDenied("CREATE TABLE intruder (id int)");
        assertDenied("CREATE INDEX intruder ON template (title)");
        assertDenied("CREATE FUNCTION intruder() RETURNS int LANGUAGE sql AS 'SELECT 1'");
        assertDenied("CREATE SCHEMA intruder");
    }

    @Test
    void theRuntimeRoleCannotAlterTables() {
        assertDenied("ALTER TABLE template ADD COLUMN intruder text");
        assertDenied("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_change");
        assertDenied("ALTER TABLE stored_file_chunk ALTER COLUMN data DROP NOT NULL");
    }

    @Test
    void theRuntimeRoleCannotDropTablesOrFunctions() {
        assertDenied("DROP TABLE rating");
        assertDenied("DROP TABLE audit_entry");
        assertDenied("DROP FUNCTION audit_entry_append_only()");
    }

    @Test
    void auditEntriesAndUsageEventsCannotBeUpdatedDeletedOrTruncated() {
        for (String table : List.of("audit_entry", "usage_event")) {
            assertDenied("UPDATE " + table + " SET at = now()");
            assertDenied("DELETE FROM " + table);
            assertDenied("TRUNCATE " + table);
        }
    }

    @Test
    void theMigrationHistoryCannotBeRewritten() throws SQLException {
        assertDenied("DELETE FROM flyway_schema_history");
        assertDenied("UPDATE flyway_schema_history SET checksum = 0");
        assertTrue(Integer.parseInt(text("SELECT max(installed_rank) FROM flyway_schema_history")) >= 9);
    }

    @Test
    void auditEntriesCanBeAppendedAndRead() throws SQLException {
        try (Connection c = api.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try (ResultSet rs = s.executeQuery("INSERT INTO audit_entry (at, actor, actor_name, action, object_type, object_id)"
                    + " VALUES (now(), 'sub-probe', 'probe', 'probe.appended', 'template', gen_random_uuid()) RETURNING id")) {
                rs.next();
                long id = rs.getLong(1);
                try (ResultSet read = s.executeQuery("SELECT action FROM audit_entry WHERE id = " + id)) {
                    assertTrue(read.next());
                    assertEquals("probe.appended", read.getString(1));
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    @Test
    void tablesOfLaterMigrationsAreReadableAndWritableByTheRuntimeRole() throws SQLException {
        try (Connection owner = OwnedDatabase.asOwner(DATABASE); Statement s = owner.createStatement()) {
            s.execute("CREATE TABLE later_migration_probe (id bigserial PRIMARY KEY, note text)");
            try {
                execute("INSERT INTO later_migration_probe (note) VALUES ('written by the API')");
                assertEquals("written by the API", text("SELECT note FROM later_migration_probe"));
                assertDenied("DROP TABLE later_migration_probe");
            } finally {
                s.execute("DROP TABLE later_migration_probe");
            }
        }
    }

    @Test
    void theWholeWorkflowRunsAsTheRuntimeRole() {
        TemplateFixtures t = TemplateFixtures.published(KOTO_PUBLISHER);
        KOTO_PUBLISHER.request().get("/api/v1/templates/" + t.id).then().statusCode(200).body("status", equalTo("published"));
        KOTO_PUBLISHER.request().get("/api/v1/templates/" + t.id + "/versions/1.0.0/file").then().statusCode(200);
    }
}
