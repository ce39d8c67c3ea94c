package jp.yokoten.governance;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipException;
import jp.yokoten.file.Archive;
import jp.yokoten.file.FileNames;

/**
 * Reads an uploaded template file once for governance findings: every entry of a zip, nested zips down to
 * the depth limit ({@value #MAX_DEPTH} levels by default; spooled to temporary files, so memory stays flat),
 * worksheets with their shared strings, and any text entry line by line in chunks of at most {@value #CHUNK}
 * characters. Binary entries are only sniffed. Archives are read through {@link Archive}, the same reader and
 * limits the upload check uses; nested archives are verified by it before they are read. Plain Java, so the
 * benchmark and the tests can run it without the application.
 */
public final class GovernanceScanner {
    /** A finding before it is stored; the excerpt is already masked. */
    public record RawFinding(Rule rule, String location, String excerpt) {}

    static final int MAX_DEPTH = 3;
    /** Separates the levels of a nested entry's location: {@code export/middle.zip › inner.zip › data.csv}. */
    static final String NEST = " › ";
    static final int CHUNK = 8192;
    /** Repeats of one rule in one entry add nothing for a reviewer after the first few. */
    static final int MAX_PER_RULE_AND_ENTRY = 5;
    static final int MAX_FINDINGS = 500;

    private static final Set<String> EXECUTABLES = Set.of("exe", "dll", "com", "scr", "msi", "bat", "cmd", "ps1", "psm1",
            "vbs", "vbe", "wsf", "wsh", "hta", "jar", "sh", "cpl", "lnk", "reg");
    private static final Set<String> SCRIPTS = Set.of("js", "mjs", "cjs");
    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    /** Compression ratio allowed when only a budget is given (the upload limit's default). */
    static final int DEFAULT_RATIO = 100;

    private final Archive.Limits limits;

    /**
     * @param readBudget declared uncompressed bytes over all nesting levels; a nested zip bomb exceeds it and
     *                   the upload is refused
     * @param maxEntries entries over all nested archives
     */
    public GovernanceScanner(long readBudget, int maxEntries) {
        this(new Archive.Limits(maxEntries, readBudget, DEFAULT_RATIO, MAX_DEPTH));
    }

    public GovernanceScanner(Archive.Limits limits) {
        this.limits = limits;
    }

    public List<RawFinding> scan(Path file, String fileName) throws IOException {
        return scan(file, fileName, null, limits.budget());
    }

    /**
     * Scans an upload. {@code outer} is its archive as the upload check already opened and verified it (null for
     * a file that is no zip, or to open it here); nested archives are charged to the same {@code budget}, so one
     * upload is read under one set of limits by every reader.
     */
    public List<RawFinding> scan(Path file, String fileName, Archive outer, Archive.Budget budget) throws IOException {
        Scan scan = new Scan(budget);
        if (outer != null) {
            scan.walk(outer, "", 0);
        } else if (isZip(file)) {
            scan.zip(file, "", 0);
        } else {
            scan.entry(fileName, fileName, () -> Files.newInputStream(file), 0, false);
        }
        return Collections.unmodifiableList(scan.findings);
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    @FunctionalInterface
    private interface Source {
        InputStream open() throws IOException;
    }

    /** The state of one scan: findings, caps and the inflation budget. */
    private final class Scan {
        final List<RawFinding> findings = new ArrayList<>();
        final Map<String, Integer> perEntry = new HashMap<>();
        final Set<String> urls = new HashSet<>();
        final Archive.Budget budget;

        Scan(Archive.Budget budget) {
            this.budget = budget;
        }

        TextRules.Sink sink(String entry) {
            return (rule, location, excerpt) -> {
                if (findings.size() >= MAX_FINDINGS) {
                    return;
                }
                if (rule == Rule.EXTERNAL_URL) {
                    if (urls.add(excerpt)) { // each outside origin once per file
                        findings.add(new RawFinding(rule, location, excerpt));
                    }
                    return;
                }
                if (perEntry.merge(rule.id + '\u0000' + entry, 1, Integer::sum) <= MAX_PER_RULE_AND_ENTRY) {
                    findings.add(new RawFinding(rule, location, excerpt));
                }
            };
        }

        void zip(Path file, String prefix, int depth) throws IOException {
            Archive zip;
            try {
                zip = Archive.open(file, budget, prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - NEST.length()));
                if (depth > 0) {
                    zip.verify(); // the upload check verified the outer archive; nested ones are first read here
                }
            } catch (ZipException e) {
                damaged(prefix, depth);
                return;
            }
            walk(zip, prefix, depth);
        }

        /** Every entry of an opened archive: workbook parts to their reader, the rest to {@link #entry}. */
        void walk(Archive zip, String prefix, int depth) throws IOException {
            try {
                boolean workbook = zip.entry("xl/workbook.xml").isPresent();
                List<String> shared = workbook ? XlsxReader.sharedStrings(zip, prefix, this::sink) : List.of();
                for (Archive.Entry e : zip.entries()) {
                    if (e.directory()) {
                        continue;
                    }
                    String where = prefix + e.name();
                    if (workbook && e.name().equals("xl/sharedStrings.xml")) {
                        continue;
                    }
                    if (workbook && e.name().startsWith("xl/worksheets/") && e.name().endsWith(".xml")) {
                        XlsxReader.worksheet(zip.open(e), where, shared, sink(where));
                        continue;
                    }
                    entry(e.name(), where, () -> zip.open(e), depth, true);
                }
            } catch (ZipException e) {
                damaged(prefix, depth);
            }
        }

        private void damaged(String prefix, int depth) {
            if (depth == 0) {
                throw FileNames.refused("The archive is damaged and cannot be read.");
            }
            sink(prefix).add(Rule.NESTING_LIMIT, prefix, "a nested archive is damaged and was not scanned");
        }

        void entry(String name, String where, Source source, int depth, boolean inArchive) throws IOException {
            String base = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            String ext = base.contains(".") ? base.substring(base.lastIndexOf('.') + 1) : "";
            TextRules.Sink sink = sink(where);
            if (base.equals("vbaproject.bin")) {
                sink.add(Rule.MACRO, where, "VBA macro project");
                return;
            }
            if (EXECUTABLES.contains(ext)) {
                sink.add(Rule.EXECUTABLE, where, "executable or script file (." + ext + ")");
                return;
            }
            byte[] head;
            try (InputStream in = source.open()) {
                head = in.readNBytes(4096);
            }
            if (inArchive && (startsWith(head, 'M', 'Z') || startsWith(head, 0x7f, 'E', 'L', 'F') || startsWith(head, '#', '!'))) {
                sink.add(Rule.EXECUTABLE, where, "program file (" + (head[0] == '#' ? "#! script" : "binary executable") + ")");
                return;
            }
            if (startsWith(head, 'P', 'K', 3, 4)) {
                nested(where, source, depth);
                return;
            }
            if (SCRIPTS.contains(ext)) {
                sink.add(Rule.SCRIPT, where, "JavaScript that runs in the users' browsers (" + base + ")");
            }
            Charset charset = textCharset(head);
            if (charset == null) {
                return; // binary: images, fonts, PDFs
            }
            try (Reader reader = new InputStreamReader(source.open(), charset)) {
                LineReader.scan(reader, where, sink);
            }
            boolean json = ext.equals("json") || firstNonBlank(head) == '{' || firstNonBlank(head) == '[';
            if (json) {
                try (InputStream in = source.open()) {
                    JsonReader.scan(in, where, sink);
                }
            } else if (ext.equals("csv") || ext.equals("tsv") || !inArchive) {
                try (Reader reader = new InputStreamReader(source.open(), charset)) {
                    CsvReader.scan(reader, where, sink);
                }
            }
        }

        private void nested(String where, Source source, int depth) throws IOException {
            if (depth + 1 > limits.maxDepth()) {
                sink(where).add(Rule.NESTING_LIMIT, where, "archive nested deeper than " + limits.maxDepth() + " levels was not scanned");
                return;
            }
            Path temp = Files.createTempFile("yokoten-scan", ".zip");
            try {
                try (InputStream in = source.open()) {
                    Files.copy(in, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                zip(temp, where + NEST, depth + 1);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xff) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static int firstNonBlank(byte[] head) {
        int i = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (; i < head.length; i++) {
            if (!Character.isWhitespace(head[i])) {
                return head[i];
            }
        }
        return -1;
    }

    /** UTF-8, else Shift_JIS (common in Japanese CSV), else null for binary content. */
    private static Charset textCharset(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return null;
            }
        }
        for (Charset c : List.of(StandardCharsets.UTF_8, SHIFT_JIS)) {
            // endOfInput=false: the sniffed prefix may end inside a multi-byte character, which is not an error
            CoderResult result = c.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length), false);
            if (!result.isError()) {
                return c;
            }
        }
        return null;
    }
}
