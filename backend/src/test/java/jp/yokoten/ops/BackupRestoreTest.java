package jp.yokoten.ops;

import static jp.yokoten.template.TemplateFixtures.KOTO_PUBLISHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.yokoten.template.TemplateFixtures;
import jp.yokoten.testing.Persona;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §12 backup: deploy/backup.sh and deploy/restore.sh on a portal filled through the API. The database
 * is dropped between the two, and the restore must reproduce every table's row count and every stored file
 * byte for byte (hashed here, independently of the manifest the scripts compare).
 */
@QuarkusTest
@TestProfile(BackupRestoreTest.Profile.class)
class BackupRestoreTest {
    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OwnedDatabaseResource.class, Map.of("suffix", "backup")));
        }
    }

    private static final String DATABASE = OwnedDatabase.scratchName("backup");
    private static final Persona SUMIDA = Persona.of("sumida staff", "sumida-staff", "sumida", "staff");

    @TempDir
    Path backups;

    /** A 2.5 MiB CSV: three 1 MiB chunks, so chunk order matters to the hash. */
    private static byte[] largeCsv() {
        StringBuilder csv = new StringBuilder("会議室,日付,利用者数\n");
        for (int i = 0; csv.length() < 2_000_000; i++) {
            csv.append("第").append(i % 12).append("会議室,2026-04-").append(10 + i % 20).append(',').append(i % 40).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void fillThroughTheApi() {
        TemplateFixtures first = TemplateFixtures.published(KOTO_PUBLISHER);
        TemplateFixtures.draft(KOTO_PUBLISHER, "会議室予約アプリ").withFile("1.0.0", "会議室.csv", largeCsv()).withVersion("1.1.0");
        TemplateFixtures.draft(KOTO_PUBLISHER, "防災訓練 参加者名簿");
        SUMIDA.request().contentType(ContentType.JSON).body(Map.of("stars", 4, "comment", "使いやすい"))
                .put("/api/v1/templates/" + first.id + "/rating").then().statusCode(200);
        SUMIDA.request().contentType(ContentType.JSON).body(Map.of()).put("/api/v1/templates/" + first.id + "/adoption").then().statusCode(201);
        SUMIDA.request().get("/api/v1/templates/" + first.id + "/versions/1.0.0/file").then().statusCode(200);
    }

    private String backup() {
        return OwnedDatabase.bash("bash deploy/backup.sh " + DATABASE, "YOKOTEN_BACKUP_DIR", backups.toString()).succeeded().lastLine();
    }

    @Test
    void aBackupRestoredIntoTheDroppedDatabaseHasTheSameRowsAndByteIdenticalFiles() throws Exception {
        fillThroughTheApi();
        OwnedDatabase.Contents before = OwnedDatabase.contents(DATABASE);
        assertTrue(before.fileSha256().size() >= 3, "files stored: " + before.fileSha256());
        assertTrue(before.fileChunks().containsValue(3), "one file spans three chunks: " + before.fileChunks());
        for (String table : List.of("template", "template_version", "review", "audit_entry", "rating", "adoption", "usage_event")) {
            assertNotEquals(0L, before.rows().get(table), table + " has rows to restore");
        }

        String archive = backup();
        assertTrue(archive.matches(".*/yokoten-" + DATABASE + "-\\d{8}T\\d{6}Z\\.tar"), archive);
        OwnedDatabase.drop(DATABASE);
        assertFalse(OwnedDatabase.exists(DATABASE));

        OwnedDatabase.Result restored = OwnedDatabase.bash("bash deploy/restore.sh " + archive).succeeded();
        assertTrue(restored.err().contains("Verified " + DATABASE), restored.err());
        assertEquals(before, OwnedDatabase.contents(DATABASE));
    }

    @Test
    void restoreRefusesADatabaseThatAlreadyHasTablesAndLeavesItAsItWas() throws Exception {
        String archive = backup();
        OwnedDatabase.Contents before = OwnedDatabase.contents(DATABASE);
        OwnedDatabase.Result refused = OwnedDatabase.bash("bash deploy/restore.sh " + archive + " " + DATABASE);
        assertNotEquals(0, refused.exit());
        assertTrue(refused.err().contains("restore only into an empty or dropped database"), refused.err());
        assertEquals(before, OwnedDatabase.contents(DATABASE));
    }

    @Test
    void restoreRefusesADamagedArchiveBeforeCreatingAnything() {
        String archive = backup();
        String target = OwnedDatabase.scratchName("backup_damaged");
        OwnedDatabase.bash("d=$(mktemp -d) && tar -C \"$d\" -xf " + archive + " && printf 'Yokoten' | dd of=\"$d/database.dump\" bs=1 seek=200 conv=notrunc 2>/dev/null"
                + " && tar -C \"$d\" -cf " + archive + " manifest.tsv database.dump && rm -rf \"$d\"").succeeded();
        OwnedDatabase.Result refused = OwnedDatabase.bash("bash deploy/restore.sh " + archive + " " + target);
        assertNotEquals(0, refused.exit());
        assertTrue(refused.err().contains("does not match the SHA-256 in its manifest"), refused.err());
        assertFalse(OwnedDatabase.exists(target));
    }
}
