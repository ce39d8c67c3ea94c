package jp.yokoten.governance;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.file.Archive;
import jp.yokoten.testing.Zips;
import org.junit.jupiter.api.Test;

/** The scan reads nested archives through the same reader and limits as the upload check. */
class ScannerArchiveLimitsTest {
    private static List<GovernanceScanner.RawFinding> scan(Archive.Limits limits, byte[] zip) throws IOException {
        Path file = Files.createTempFile("scan", ".zip");
        try {
            Files.write(file, zip);
            return new GovernanceScanner(limits).scan(file, "outer.zip");
        } finally {
            Files.delete(file);
        }
    }

    private static final Archive.Limits DEFAULTS = new Archive.Limits(10_000, 512L * 1024 * 1024, 100, 3);

    @Test
    void aNestedArchiveWhoseDirectoriesDisagreeIsRefusedNotSkipped() {
        byte[] inner = Zips.tamper(Zips.ordered("AAAA.txt", "x"), cd -> cd.get(0).name = "../../evil.bat");
        InvalidInput e = assertThrows(InvalidInput.class, () -> scan(DEFAULTS, Zips.ordered("export/inner.zip", inner)));
        assertThat(e.getMessage(), containsString("The archive export/inner.zip contains an unsafe entry name"));
    }

    @Test
    void aNestedArchiveThatCannotBeReadIsStillAFindingNotARefusal() throws IOException {
        byte[] broken = java.util.Arrays.copyOf(Zips.ordered("data.csv", "区分,件数\nA,1\n"), 40); // a local header, no directory
        var findings = scan(DEFAULTS, Zips.ordered("export/broken.zip", broken));
        assertEquals(List.of("a nested archive is damaged and was not scanned"), findings.stream().map(GovernanceScanner.RawFinding::excerpt).toList());
    }

    @Test
    void entriesOfNestedArchivesCountAgainstTheOneEntryLimit() {
        byte[] inner = Zips.ordered("a.txt", "a", "b.txt", "b");
        Archive.Limits three = new Archive.Limits(3, 512L * 1024 * 1024, 100, 3);
        InvalidInput e = assertThrows(InvalidInput.class, () -> scan(three, Zips.ordered("readme.txt", "r", "inner.zip", inner)));
        assertThat(e.getMessage(), containsString("more than 3 entries"));
    }
}
