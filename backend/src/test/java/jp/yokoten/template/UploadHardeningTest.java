package jp.yokoten.template;

import static jp.yokoten.template.TemplateFixtures.KOTO_PUBLISHER;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.file.FileNames;
import jp.yokoten.testing.Db;
import jp.yokoten.testing.Zips;
import org.junit.jupiter.api.Test;

/**
 * Hostile files (issue 13): zips whose two directories disagree, names that hide what they are, extensions
 * that lie about the content, and a governance scan that must not hold the template's lock. Every refusal is
 * a 400 problem+json whose detail says what is wrong, and leaves the database as it was.
 */
@QuarkusTest
class UploadHardeningTest {
    private static final byte[] TEXT = "申請書の記入例\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CSV = "受付番号,区分,件数\n1,A,3\n".getBytes(StandardCharsets.UTF_8);

    @Inject
    Db db;

    @Inject
    ScanGate gate;

    private ValidatableResponse refused(Supplier<Response> request, String... detail) {
        Map<String, Long> before = db.counts();
        ValidatableResponse response = request.get().then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("errors[0].field", equalTo("file"));
        for (String part : detail) {
            response.body("detail", containsString(part));
        }
        assertEquals(before, db.counts(), "a refused upload stored a version, file, chunk, finding or audit entry");
        return response;
    }

    private static Response upload(String id, String version, String fileName, byte[] content) {
        return KOTO_PUBLISHER.request().multiPart("file", fileName, content, "application/octet-stream")
                .multiPart("version", version).when().post("/api/v1/templates/" + id + "/versions");
    }

    // ---- 1. one reading of a zip: central directory and local headers must agree -------------------------------

    @Test
    void aZipWhoseCentralDirectoryNamesATraversalBehindAHarmlessLocalNameIsRefused() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        byte[] zip = Zips.tamper(Zips.ordered("AAAA.txt", TEXT), cd -> cd.get(0).name = "../../../evil.bat");
        refused(() -> upload(t.id, "1.0.0", "app.zip", zip), "unsafe entry name", "../../../evil.bat");
    }

    @Test
    void aZipWhoseLocalHeaderHidesATraversalBehindAHarmlessCentralNameIsRefused() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        byte[] zip = Zips.tamper(Zips.ordered("../../x/evil.bat", TEXT), cd -> cd.get(0).name = "AAAA.txt");
        refused(() -> upload(t.id, "1.0.0", "app.zip", zip), "unsafe entry name", "../../x/evil.bat");
    }

    @Test
    void aZipWhoseTwoDirectoriesNameAnEntryDifferentlyIsRefused() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        byte[] zip = Zips.tamper(Zips.ordered("AAAA.txt", TEXT), cd -> cd.get(0).name = "BBBB.txt");
        refused(() -> upload(t.id, "1.0.0", "app.zip", zip), "inconsistent", "'AAAA.txt' in its local header");
    }

    @Test
    void aZipWhoseCentralDirectoryDeclaresOtherSizesIsRefused() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        byte[] zip = Zips.tamper(Zips.ordered("readme.txt", TEXT), cd -> cd.get(0).size = 3);
        refused(() -> upload(t.id, "1.0.0", "app.zip", zip), "inconsistent", "sizes");
    }

    @Test
    void aZipWhoseDirectoriesListTheEntriesInAnotherOrderIsRefused() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        byte[] zip = Zips.tamper(Zips.ordered("a.txt", TEXT, "b.txt", TEXT), Collections::reverse);
        refused(() -> upload(t.id, "1.0.0", "app.zip", zip), "inconsistent", "order");
    }

    @Test
    void aZipWithALocalEntryTheCentralDirectoryDoesNotListIsRefused() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        byte[] zip = Zips.tamper(Zips.ordered("app.json", "{}", "hidden.bat", "echo pwned"), cd -> cd.remove(1));
        refused(() -> upload(t.id, "1.0.0", "app.zip", zip), "inconsistent", "does not list");
    }

    @Test
    void aZipWithEntryNamesThatAreAbsoluteOrUseBackslashesOrDriveLettersIsRefused() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        for (String name : new String[] {"/etc/cron.d/evil", "C:/Windows/evil.dll", "dir\\..\\..\\evil.txt", "a/../../b.txt"}) {
            refused(() -> upload(t.id, "1.0.0", "app.zip", Zips.ordered(name, TEXT)), "unsafe entry name");
        }
    }

    @Test
    void aZipBombIsRefusedByItsDeclaredSizesBeforeAnythingIsInflated() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        byte[] zeros = new byte[16 * 1024 * 1024];
        refused(() -> upload(t.id, "1.0.0", "bomb.zip", Zips.ordered("zeros.bin", zeros)), "zip bomb", "100 times");
    }

    @Test
    void aZipThatLiesAboutItsSizeInBothDirectoriesIsRefused() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        // Both copies agree on a size, but the data inflates to more: caught when the upload check inflates it.
        byte[] honest = Zips.ordered("data.txt", "x".repeat(4000));
        byte[] lying = patchLocalAndCentralSize(honest, 10);
        refused(() -> upload(t.id, "1.0.0", "app.zip", lying), "inflates beyond its declared 10 bytes");
    }

    /** Writes {@code size} into the data descriptor and the central record of the only entry. */
    private static byte[] patchLocalAndCentralSize(byte[] zip, int size) {
        byte[] tampered = Zips.tamper(zip, cd -> cd.get(0).size = size);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(tampered).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < tampered.length - 16; i++) {
            if (b.getInt(i) == 0x08074b50) { // the data descriptor ZipOutputStream writes after deflated data
                b.putInt(i + 12, size);
                break;
            }
        }
        return tampered;
    }

    // ---- 2. the extension must fit the content ---------------------------------------------------------------

    @Test
    void aCsvNamedHtaIsRefused() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        refused(() -> upload(t.id, "1.0.0", "invoice.hta", CSV), "'invoice.hta' does not fit its content", "CSV", ".csv");
    }

    @Test
    void aNameWithoutExtensionIsRefused() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        refused(() -> upload(t.id, "1.0.0", "invoice", CSV), "no extension");
        refused(() -> upload(t.id, "1.0.0", "invoice.", CSV), "no extension");
    }

    @Test
    void eachKindMustCarryOneOfItsOwnExtensions() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        byte[] workbook = Zips.xlsx(java.util.List.of(java.util.List.of("区分", "件数")), false);
        refused(() -> upload(t.id, "1.0.0", "集計.zip", workbook), "Office Open XML", ".xlsx");
        refused(() -> upload(t.id, "1.0.0", "app.xlsx", Zips.kintoneApp("x")), "zip archive", ".zip");
        refused(() -> upload(t.id, "1.0.0", "form.csv", "{\"a\": 1}".getBytes(StandardCharsets.UTF_8)), "JSON", ".json");
        refused(() -> upload(t.id, "1.0.0", "手順書.zip", "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1)), "PDF", ".pdf");
        refused(() -> upload(t.id, "1.0.0", "app.msapp", Zips.kintoneApp("x")), "zip archive");
    }

    @Test
    void extensionsFitWhateverTheirCase() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        upload(t.id, "1.0.0", "集計.XLSX", Zips.xlsx(java.util.List.of(java.util.List.of("区分", "件数")), false)).then().statusCode(201)
                .body("mediaType", equalTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        upload(t.id, "1.0.1", "一覧.Txt", CSV).then().statusCode(201).body("mediaType", equalTo("text/csv"));
        upload(t.id, "1.0.2", "canvas.msapp", Zips.ordered("Header.json", "{}", "Properties.json", "{}")).then().statusCode(201);
        upload(t.id, "1.0.3", "説明.pptx", Zips.ordered("[Content_Types].xml", "<Types/>", "ppt/presentation.xml", "<p/>"))
                .then().statusCode(201).body("mediaType", equalTo("application/vnd.openxmlformats-officedocument.presentationml.presentation"));
    }

    // ---- 3. nothing invisible in names ------------------------------------------------------------------------

    @Test
    void aFileNameWithARightToLeftOverrideIsRefused() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        // Shown on screen as "請求書vsc.pdf": U+202E displays the rest of the name backwards.
        refused(() -> upload(t.id, "1.0.0", "請求書\u202Efdp.csv", CSV), "U+202E", "invisible format character");
    }

    @Test
    void fileNamesWithZeroWidthCharactersByteOrderMarksOrControlsAreRefused() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        refused(() -> upload(t.id, "1.0.0", "申請\u200D一覧.csv", CSV), "U+200D");
        refused(() -> upload(t.id, "1.0.0", "\uFEFF申請一覧.csv", CSV), "U+FEFF");
        refused(() -> upload(t.id, "1.0.0", "申請\u001B一覧.csv", CSV), "U+001B", "control character");
    }

    @Test
    void zipEntryNamesWithFormatOrControlCharactersAreRefused() {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        refused(() -> upload(t.id, "1.0.0", "app.zip", Zips.ordered("readme\u202Etxt.exe", TEXT)), "entry name", "U+202E");
        refused(() -> upload(t.id, "1.0.0", "app.zip", Zips.ordered("data/\u200B名簿.csv", CSV)), "entry name", "U+200B");
        refused(() -> upload(t.id, "1.0.0", "app.zip", Zips.ordered("bell\u0007.txt", TEXT)), "entry name", "U+0007");
    }

    @Test
    void aNameWithALoneSurrogateIsRefused() {
        // A broken UTF-16 name cannot arrive over HTTP as UTF-8, only through the service API (the demo loader).
        assertThrows(InvalidInput.class, () -> FileNames.checkUploadName("名簿\uD800.csv"));
        assertThrows(InvalidInput.class, () -> FileNames.checkEntryName("data/\uDC00.csv", "The archive"));
        FileNames.checkUploadName("避難者名簿 (2025年度)_v1.2.zip");
        FileNames.checkEntryName("data/👪 家族.csv", "The archive");
    }

    // ---- 4. the scan runs before the row lock is taken ------------------------------------------------------

    @Test
    void aSlowGovernanceScanDoesNotBlockEditsOrOtherUploadsOfTheSameTemplate() throws Exception {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        ExecutorService clients = Executors.newFixedThreadPool(2); // not the common pool: it may have a single thread
        gate.arm("slow-scan.zip");
        try {
            CompletableFuture<Response> held = CompletableFuture.supplyAsync(
                    () -> upload(t.id, "1.0.0", "slow-scan.zip", Zips.kintoneApp("遅いスキャン")), clients);
            assertTrue(gate.awaitScanStarted(60), "the held upload reached its governance scan");

            // An edit locks the template's row; with the scan inside the upload's transaction it would wait for the gate.
            Response patch = CompletableFuture.supplyAsync(() -> KOTO_PUBLISHER.request().contentType("application/merge-patch+json")
                    .header("If-Match", t.etag()).body(Map.of("summary", "スキャン中に編集")).patch("/api/v1/templates/" + t.id), clients)
                    .get(60, TimeUnit.SECONDS);
            assertEquals(200, patch.statusCode(), patch.asString());
            upload(t.id, "2.0.0", "other.zip", Zips.kintoneApp("別の版")).then().statusCode(201);
            assertFalse(held.isDone(), "the edit and the second upload finished while the first scan was still held");

            Map<String, Long> before = db.counts();
            gate.release();
            // Under the lock the held upload sees what changed meanwhile: 1.0.0 is no longer above the latest version.
            held.get(60, TimeUnit.SECONDS).then().statusCode(409).contentType("application/problem+json")
                    .body("detail", allOf(containsString("1.0.0"), containsString("2.0.0")));
            assertEquals(before, db.counts(), "the refused upload stored nothing");
        } finally {
            gate.release();
            clients.shutdown();
        }
        KOTO_PUBLISHER.request().get("/api/v1/templates/" + t.id).then().statusCode(200).body("summary", equalTo("スキャン中に編集"));
    }
}
