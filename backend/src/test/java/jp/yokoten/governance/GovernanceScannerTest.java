package jp.yokoten.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.testing.Zips;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each rule fires on a true case and stays silent on its near miss; fixtures are written here in code.
 * Where a value is sensitive, the test also asserts that the excerpt does not hold it.
 */
class GovernanceScannerTest {
    static final GovernanceScanner SCANNER = new GovernanceScanner(512L * 1024 * 1024, 10_000);

    static List<GovernanceScanner.RawFinding> scan(String fileName, byte[] content) throws IOException {
        Path file = Files.createTempFile("scan", fileName);
        try {
            Files.write(file, content);
            return SCANNER.scan(file, fileName);
        } finally {
            Files.delete(file);
        }
    }

    static List<GovernanceScanner.RawFinding> scanText(String fileName, String text) throws IOException {
        return scan(fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    static List<GovernanceScanner.RawFinding> of(List<GovernanceScanner.RawFinding> findings, Rule rule) {
        return findings.stream().filter(f -> f.rule() == rule).toList();
    }

    static GovernanceScanner.RawFinding only(List<GovernanceScanner.RawFinding> findings, Rule rule) {
        List<GovernanceScanner.RawFinding> matching = of(findings, rule);
        assertEquals(1, matching.size(), () -> rule + " once in " + findings);
        return matching.get(0);
    }

    static void assertNone(List<GovernanceScanner.RawFinding> findings, Rule rule) {
        assertTrue(of(findings, rule).isEmpty(), () -> "no " + rule + " expected in " + findings);
    }

    static void assertHidden(GovernanceScanner.RawFinding f, String... secrets) {
        for (String secret : secrets) {
            assertFalse(f.excerpt().contains(secret), () -> f.excerpt() + " must not show " + secret);
            assertFalse(f.location().contains(secret), () -> f.location() + " must not show " + secret);
        }
    }

    @Nested
    class PersonalData {
        @Test
        void individualNumberWithAValidCheckDigitIsHighAndMasked() throws IOException {
            var findings = scanText("list.csv", "区分,番号\n住民,1234 5678 9018\n住民,１２３４５６７８９０１８\n");
            var hits = of(findings, Rule.MY_NUMBER);
            assertEquals(2, hits.size(), findings::toString); // half-width with spaces, full-width
            assertEquals("list.csv line 2", hits.get(0).location());
            assertEquals(Rule.Severity.HIGH, Rule.MY_NUMBER.severity);
            hits.forEach(f -> assertHidden(f, "123456789018", "1234 5678 9018", "5678"));
        }

        @Test
        void checksumInvalidTwelveDigitNumbersAreNotIndividualNumbers() throws IOException {
            assertNone(scanText("orders.csv", "注文番号,数量\n123456789012,3\n1111 1111 1111,1\n"), Rule.MY_NUMBER);
            // a valid check digit inside a hex id (GUIDs in app exports) is not a personal number
            assertNone(scanText("app.json", "{\"id\": \"3f2504e0-4f89-11d3-9a0c-a123456789018c\"}"), Rule.MY_NUMBER);
            assertTrue(TextRules.validMyNumber("987654321093"));
            assertFalse(TextRules.validMyNumber("987654321094"));
        }

        @Test
        void phoneNumbersButNotProductCodesOrDates() throws IOException {
            var findings = scanText("contacts.csv", "窓口,電話\n防災課,03-5608-1234\n担当,090-1234-5678\n");
            var phones = of(findings, Rule.PHONE);
            assertEquals(2, phones.size(), findings::toString);
            phones.forEach(f -> assertHidden(f, "5608-1234", "1234-5678"));
            assertNone(scanText("parts.csv", "品名,部品コード,日付\n書庫,A03-1234-5678,2024-11-26\n棚,SKU-0312-3456-7890,2025-04-01\n"),
                    Rule.PHONE);
        }

        @Test
        void emailAddressesExceptDocumentationDomains() throws IOException {
            var f = only(scanText("app.json", "{\"notify\": \"taro.yamada@city.koto.lg.jp\"}"), Rule.EMAIL);
            assertEquals("t***@city.koto.lg.jp", f.excerpt());
            assertNone(scanText("app.json", "{\"notify\": \"someone@example.com\", \"cc\": \"x@demo.example\", \"bcc\": \"y@host.test\"}"),
                    Rule.EMAIL);
        }

        @Test
        void postalCodeFollowedByAnAddressShowsOnlyTheCity() throws IOException {
            var f = only(scanText("form.csv", "宛先,住所\n区役所,〒135-8383 東京都江東区東陽4-11-28\n"), Rule.POSTAL_ADDRESS);
            assertTrue(f.excerpt().startsWith("〒135-**** 東京都江東区"), f.excerpt());
            assertHidden(f, "8383", "東陽4-11-28");
            assertNone(scanText("stock.csv", "品番,備考\n135-8383,ABC 在庫\n"), Rule.POSTAL_ADDRESS);
        }

        @Test
        void birthDatesNextToNamesInCsvRows() throws IOException {
            var f = only(scanText("residents.csv", "氏名,生年月日,地区\n山田 太郎,1980/04/01,東陽\n鈴木 花子,昭和55年4月1日,南砂\n"),
                    Rule.BIRTH_DATE_WITH_NAME);
            assertEquals("residents.csv line 2", f.location());
            assertEquals("2 row(s) with a name and a date of birth", f.excerpt());
            assertHidden(f, "山田", "1980");
        }

        @Test
        void blankFormsAndOtherDatesAreNotBirthDates() throws IOException {
            assertNone(scanText("form.csv", "氏名,生年月日,地区\n,,\n"), Rule.BIRTH_DATE_WITH_NAME);
            assertNone(scanText("visits.csv", "氏名,訪問日\n山田 太郎,2024-05-01\n"), Rule.BIRTH_DATE_WITH_NAME);
        }

        @Test
        void birthDatesNextToNamesInJsonObjects() throws IOException {
            var f = only(scanText("records.json", "[\n {\"name\": \"Taro\", \"birthDate\": \"1980-04-01\"},\n {\"name\": \"Hana\", \"dob\": \"1990-01-02\"}\n]"),
                    Rule.BIRTH_DATE_WITH_NAME);
            assertEquals("records.json line 2", f.location());
            assertNone(scanText("schema.json", "{\"fields\": [{\"name\": \"申請者\", \"birthDate\": \"\"}]}"), Rule.BIRTH_DATE_WITH_NAME);
        }

        @Test
        void birthDatesNextToNamesInWorksheetsViaSharedStringsAndDaySerials() throws IOException {
            byte[] filled = Zips.xlsx(List.of(List.of("氏名", "生年月日"), List.of("山田 花子", 29312)), false);
            var f = only(scan("名簿.xlsx", filled), Rule.BIRTH_DATE_WITH_NAME);
            assertEquals("xl/worksheets/sheet1.xml row 2", f.location());
            byte[] blank = Zips.xlsx(List.of(List.of("氏名", "生年月日"), List.of("", "")), false);
            assertNone(scan("様式.xlsx", blank), Rule.BIRTH_DATE_WITH_NAME);
        }

        @Test
        void sharedStringsAreScannedWithTheirIndex() throws IOException {
            byte[] book = Zips.xlsx(List.of(List.of("担当", "メール"), List.of("防災課", "bousai-tanto@city.koto.lg.jp")), false);
            var f = only(scan("連絡先.xlsx", book), Rule.EMAIL);
            assertEquals("xl/sharedStrings.xml string 4", f.location());
        }

        @Test
        void japaneseTextWhoseSniffedPrefixEndsInsideACharacterIsStillText() throws IOException {
            String text = "あ".repeat(2000) + "\n総務課,03-3647-9111\n"; // 4096 bytes end in the middle of an あ
            only(scan("export.zip", Zips.ordered("memo.txt", text)), Rule.PHONE);
        }

        @Test
        void shiftJisCsvInsideAnArchiveIsRead() throws IOException {
            byte[] sjis = "窓口,電話\n総務課,03-3647-9111\n".getBytes(Charset.forName("windows-31j"));
            only(scan("export.zip", Zips.ordered("data/窓口.csv", sjis)), Rule.PHONE);
        }
    }

    @Nested
    class Secrets {
        @Test
        void passwordsAndKeysInConfigurationButNotPlaceholders() throws IOException {
            var f = only(scanText("config.json", "{\"user\": \"app\", \"password\": \"S3cr3t!pass\"}"), Rule.SECRET_ASSIGNMENT);
            assertHidden(f, "S3cr3t!pass");
            var silent = scanText("config.json", "{\"password\": \"\", \"apiKey\": \"${KINTONE_API_KEY}\", \"secret\": \"<your secret>\", "
                    + "\"pwd\": \"********\"}");
            assertNone(silent, Rule.SECRET_ASSIGNMENT);
        }

        @Test
        void kintoneAndOtherTokens() throws IOException {
            String kintone = "abcdefghijklmnopqrstuvwxyz0123456789ABCD";
            String github = "ghp_" + "a".repeat(18) + "B".repeat(18);
            var findings = of(scanText("customize.js", "headers['X-Cybozu-API-Token'] = '" + kintone + "';\nconst gh = '" + github + "';\n"),
                    Rule.SECRET_TOKEN);
            assertEquals(2, findings.size(), findings::toString);
            findings.forEach(f -> assertHidden(f, kintone, github, kintone.substring(4, 20)));
        }

        @Test
        void webhookUrlsAreSecretsOtherUrlsAreInformation() throws IOException {
            String slack = "https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXXXXXXXXXX";
            String flow = "https://prod-12.japaneast.logic.azure.com:443/workflows/abc123/triggers/manual/paths/invoke?sig=SIGNATURE123";
            var findings = scanText("flow.json", "{\"notify\": \"" + slack + "\",\n \"trigger\": \"" + flow + "\"}");
            var hooks = of(findings, Rule.WEBHOOK);
            assertEquals(2, hooks.size(), findings::toString);
            assertEquals("https://hooks.slack.com/****", hooks.get(0).excerpt());
            hooks.forEach(f -> assertHidden(f, "XXXXXXXX", "SIGNATURE123", "abc123"));
            assertNone(scanText("readme.txt", "詳しくは https://slack.com/intl/ja-jp/ を参照"), Rule.WEBHOOK);
        }

        @Test
        void connectionStringsWithCredentialsButNotIntegratedSecurity() throws IOException {
            var findings = scanText("settings.txt", "Server=tcp:db.koto.local,1433;Database=koto;User ID=app;Password=Passw0rd!;\n"
                    + "DATABASE_URL=postgres://app:pgSecret99@db.internal/koto\n");
            var hits = of(findings, Rule.CONNECTION_STRING);
            assertEquals(2, hits.size(), findings::toString);
            hits.forEach(f -> assertHidden(f, "Passw0rd!", "pgSecret99"));
            assertNone(findings, Rule.SECRET_ASSIGNMENT); // the password is reported once, as part of its connection string
            assertNone(scanText("settings.txt", "Server=localhost;Database=koto;Integrated Security=true\n"), Rule.CONNECTION_STRING);
        }
    }

    @Nested
    class RiskyContent {
        @Test
        void macrosInWorkbooks() throws IOException {
            byte[] xlsm = Zips.xlsx(List.of(List.of("日付", "走行距離")), true);
            assertEquals("xl/vbaProject.bin", only(scan("運転日報.xlsm", xlsm), Rule.MACRO).location());
            assertNone(scan("運転日報.xlsx", Zips.xlsx(List.of(List.of("日付", "走行距離")), false)), Rule.MACRO);
        }

        @Test
        void executablesByNameOrByContentAndScriptsAsInformation() throws IOException {
            byte[] zip = Zips.ordered("tools/setup.exe", new byte[] {'M', 'Z', 0, 0},
                    "tools/helper", new byte[] {'M', 'Z', (byte) 0x90, 0},
                    "tools/install", "#!/bin/sh\nrm -rf /tmp/x\n",
                    "customize.js", "kintone.events.on('app.record.index.show', () => {});",
                    "readme.txt", "setup.exe は不要です");
            var findings = scan("app.zip", zip);
            assertEquals(List.of("tools/setup.exe", "tools/helper", "tools/install"),
                    of(findings, Rule.EXECUTABLE).stream().map(GovernanceScanner.RawFinding::location).toList());
            assertEquals("customize.js", only(findings, Rule.SCRIPT).location());
        }

        @Test
        void externalUrlsOncePerOriginWithoutNamespacesOrDocumentationHosts() throws IOException {
            var findings = scanText("app.json", "{\"a\": \"https://api.city.koto.lg.jp/v1/shelters?key=abc\",\n"
                    + "\"b\": \"https://api.city.koto.lg.jp/v1/other\",\n"
                    + "\"ns\": \"http://schemas.openxmlformats.org/spreadsheetml/2006/main\", \"doc\": \"https://www.example.com/x\"}");
            var urls = of(findings, Rule.EXTERNAL_URL);
            assertEquals(List.of("https://api.city.koto.lg.jp"), urls.stream().map(GovernanceScanner.RawFinding::excerpt).toList());
            assertEquals(Rule.Severity.INFO, Rule.EXTERNAL_URL.severity);
        }
    }

    @Nested
    class Archives {
        @Test
        void nestedArchivesAreScannedWithTheirPath() throws IOException {
            byte[] inner = Zips.ordered("data.csv", "区分,番号\n住民,123456789018\n");
            byte[] middle = Zips.ordered("inner.zip", inner);
            var f = only(scan("outer.zip", Zips.ordered("export/middle.zip", middle)), Rule.MY_NUMBER);
            assertEquals("export/middle.zip › inner.zip › data.csv line 2", f.location());
        }

        @Test
        void archivesBeyondTheDepthLimitAreReportedNotScanned() throws IOException {
            byte[] zip = Zips.ordered("data.csv", "区分,番号\n住民,123456789018\n");
            for (int i = 0; i <= GovernanceScanner.MAX_DEPTH; i++) {
                zip = Zips.ordered("level" + i + ".zip", zip);
            }
            var findings = scan("deep.zip", zip);
            assertNone(findings, Rule.MY_NUMBER);
            assertTrue(only(findings, Rule.NESTING_LIMIT).location().endsWith("level0.zip"), findings::toString);
        }

        @Test
        void aNestedZipBombIsRefusedByTheReadBudget() throws IOException {
            byte[] bomb = Zips.ordered("lines.txt", "a\n".repeat(2 * 1024 * 1024)); // text is read in full, unlike binary
            Path file = Files.createTempFile("bomb", ".zip");
            Files.write(file, Zips.ordered("inner.zip", bomb));
            try {
                assertThrows(InvalidInput.class, () -> new GovernanceScanner(1024 * 1024, 10_000).scan(file, "bomb.zip"));
            } finally {
                Files.delete(file);
            }
        }

        @Test
        void repeatsOfOneRuleInOneEntryAreCapped() throws IOException {
            String rows = IntStream.range(0, 100).mapToObj(i -> "職員" + i + ",staff" + i + "@city.koto.lg.jp")
                    .collect(Collectors.joining("\n"));
            assertEquals(GovernanceScanner.MAX_PER_RULE_AND_ENTRY, of(scanText("staff.csv", "氏名,メール\n" + rows), Rule.EMAIL).size());
        }

        @Test
        void aCleanTemplateHasNoFindings() throws IOException {
            assertEquals(List.of(), scan("app.zip", Zips.kintoneApp("避難所運営")));
        }
    }
}
