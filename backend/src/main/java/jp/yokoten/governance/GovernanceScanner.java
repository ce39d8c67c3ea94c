package jp.yokoten.governance;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
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
    private static final JsonFactory JSON = new JsonFactory();
    private static final XMLInputFactory XML = safeXml();

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
        Scan scan = new Scan(limits.budget());
        if (isZip(file)) {
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
            try {
                Archive zip = Archive.open(file, budget, prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - NEST.length()));
                if (depth > 0) {
                    zip.verify(); // the upload check verified the outer archive; nested ones are first read here
                }
                boolean workbook = zip.entry("xl/workbook.xml").isPresent();
                List<String> shared = workbook ? sharedStrings(zip, prefix) : List.of();
                for (Archive.Entry e : zip.entries()) {
                    if (e.directory()) {
                        continue;
                    }
                    String where = prefix + e.name();
                    if (workbook && e.name().equals("xl/sharedStrings.xml")) {
                        continue;
                    }
                    if (workbook && e.name().startsWith("xl/worksheets/") && e.name().endsWith(".xml")) {
                        worksheet(() -> zip.open(e), where, shared);
                        continue;
                    }
                    entry(e.name(), where, () -> zip.open(e), depth, true);
                }
            } catch (ZipException e) {
                if (depth == 0) {
                    throw FileNames.refused("The archive is damaged and cannot be read.");
                }
                sink(prefix).add(Rule.NESTING_LIMIT, prefix, "a nested archive is damaged and was not scanned");
            }
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
                lines(reader, where, sink);
            }
            boolean json = ext.equals("json") || firstNonBlank(head) == '{' || firstNonBlank(head) == '[';
            if (json) {
                try (InputStream in = source.open()) {
                    jsonTable(in, where, sink);
                }
            } else if (ext.equals("csv") || ext.equals("tsv") || !inArchive) {
                try (Reader reader = new InputStreamReader(source.open(), charset)) {
                    csvTable(reader, where, sink);
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

        /** Shared strings of a workbook, each scanned, kept as a compact class for the tabular rule. */
        private List<String> sharedStrings(Archive zip, String prefix) throws IOException {
            Archive.Entry e = zip.entry("xl/sharedStrings.xml").orElse(null);
            if (e == null) {
                return List.of();
            }
            List<String> classes = new ArrayList<>();
            String where = prefix + e.name();
            TextRules.Sink sink = sink(where);
            try (InputStream in = zip.open(e)) {
                XMLStreamReader x = XML.createXMLStreamReader(in);
                StringBuilder text = new StringBuilder();
                boolean inText = false;
                while (x.hasNext()) {
                    int event = x.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        if (x.getLocalName().equals("si")) {
                            text.setLength(0);
                        }
                        inText = x.getLocalName().equals("t");
                    } else if (event == XMLStreamConstants.CHARACTERS && inText && text.length() < CHUNK) {
                        text.append(x.getText());
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        inText = false;
                        if (x.getLocalName().equals("si")) {
                            String s = text.toString();
                            TextRules.scan(s, where + " string " + (classes.size() + 1), sink);
                            classes.add(classify(s));
                        }
                    }
                }
            } catch (XMLStreamException ex) {
                return classes; // a damaged part: the text rules saw what could be read
            }
            return classes;
        }

        /** Rows of one worksheet, cells resolved through the shared strings, fed to the tabular rule. */
        private void worksheet(Source source, String where, List<String> shared) throws IOException {
            TextRules.Sink sink = sink(where);
            Tabular.Table table = new Tabular.Table();
            try (InputStream in = source.open()) {
                XMLStreamReader x = XML.createXMLStreamReader(in);
                List<String> row = new ArrayList<>();
                String rowNumber = "", cellRef = "", cellType = "";
                StringBuilder value = new StringBuilder();
                boolean inValue = false;
                while (x.hasNext()) {
                    int event = x.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        switch (x.getLocalName()) {
                            case "row" -> {
                                row.clear();
                                rowNumber = String.valueOf(x.getAttributeValue(null, "r"));
                            }
                            case "c" -> {
                                cellRef = String.valueOf(x.getAttributeValue(null, "r"));
                                cellType = String.valueOf(x.getAttributeValue(null, "t"));
                                value.setLength(0);
                            }
                            case "v", "t" -> inValue = true;
                            default -> { }
                        }
                    } else if (event == XMLStreamConstants.CHARACTERS && inValue && value.length() < CHUNK) {
                        value.append(x.getText());
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        switch (x.getLocalName()) {
                            case "v", "t" -> inValue = false;
                            case "c" -> {
                                String cell = value.toString();
                                if (cellType.equals("s")) {
                                    cell = sharedClass(shared, cell);
                                } else if (!cell.isEmpty()) {
                                    TextRules.scan(cell, where + " cell " + cellRef, sink);
                                }
                                int column = column(cellRef);
                                while (row.size() < column) {
                                    row.add(null);
                                }
                                if (column >= 0 && column < 16384) {
                                    row.add(cell);
                                }
                            }
                            case "row" -> table.row(row, where + " row " + rowNumber, true);
                            default -> { }
                        }
                    }
                }
            } catch (XMLStreamException ex) {
                // a damaged worksheet: report what was read
            }
            table.report(sink);
        }
    }

    // ---- text ------------------------------------------------------------------------------------------------

    /**
     * Text in blocks of whole lines (about {@value #CHUNK} characters; a longer line is cut), each block
     * scanned in one pass; a finding's line number is counted only when there is a finding.
     */
    private static void lines(Reader reader, String where, TextRules.Sink sink) throws IOException {
        char[] buffer = new char[CHUNK];
        StringBuilder block = new StringBuilder(2 * CHUNK);
        int firstLine = 1;
        int n;
        while ((n = reader.read(buffer)) > 0) {
            block.append(buffer, 0, n);
            if (block.length() < CHUNK) {
                continue;
            }
            int cut = block.lastIndexOf("\n") + 1;
            if (cut == 0 && block.length() < 4 * CHUNK) {
                continue; // a long line: wait for its end, up to a limit
            }
            int end = cut == 0 ? block.length() : cut;
            String text = block.substring(0, end);
            scanBlock(text, firstLine, where, sink);
            firstLine += count(text, '\n');
            block.delete(0, end);
        }
        if (!block.isEmpty()) {
            scanBlock(block.toString(), firstLine, where, sink);
        }
    }

    private static int count(String text, char c) {
        int count = 0;
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
            count++;
        }
        return count;
    }

    private static void scanBlock(String block, int firstLine, String where, TextRules.Sink sink) {
        TextRules.scan(block, (text, offset) -> {
            int line = firstLine;
            for (int i = 0; i < offset && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return where + " line " + line;
        }, sink);
    }

    private static void csvTable(Reader reader, String where, TextRules.Sink sink) throws IOException {
        Tabular.Table table = new Tabular.Table();
        java.io.BufferedReader lines = new java.io.BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.length() > 100_000) {
                continue;
            }
            table.row(splitCsv(line), where + " line " + number, false);
            if (table.headerless()) {
                return;
            }
        }
        table.report(sink);
    }

    static List<String> splitCsv(String line) {
        char delimiter = line.indexOf('\t') >= 0 && line.indexOf(',') < 0 ? '\t' : ',';
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == delimiter && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c != '\uFEFF') {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** JSON objects holding both a name and a date of birth, counted like table rows. */
    private static void jsonTable(InputStream in, String where, TextRules.Sink sink) throws IOException {
        Deque<int[]> objects = new ArrayDeque<>(); // [hasName, hasBirth, line]
        int rows = 0;
        int firstLine = 0;
        try (JsonParser p = JSON.createParser(in)) {
            String field = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case START_OBJECT -> objects.push(new int[] {0, 0, (int) p.currentLocation().getLineNr()});
                    case FIELD_NAME -> field = p.currentName();
                    case VALUE_STRING -> {
                        int[] top = objects.peek();
                        if (top != null && field != null) {
                            String value = p.getText();
                            if (Tabular.isNameHeader(field) && !value.isBlank()) {
                                top[0] = 1;
                            } else if (Tabular.isBirthHeader(field) && Tabular.isDate(value)) {
                                top[1] = 1;
                            }
                        }
                    }
                    case END_OBJECT -> {
                        int[] done = objects.pop();
                        if (done[0] == 1 && done[1] == 1 && rows++ == 0) {
                            firstLine = done[2];
                        }
                    }
                    default -> { }
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // not JSON after all: the line rules have run
        }
        if (rows > 0) {
            sink.add(Rule.BIRTH_DATE_WITH_NAME, where + " line " + firstLine, rows + " object(s) with a name and a date of birth");
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static final String NAME_CLASS = "氏名";
    private static final String BIRTH_CLASS = "生年月日";
    private static final String DATE_CLASS = "2000-01-01";
    private static final String TEXT_CLASS = "x";

    /** What the tabular rule needs to know of a shared string, without keeping the string. */
    private static String classify(String s) {
        if (s.isBlank()) {
            return "";
        }
        if (Tabular.isNameHeader(s)) {
            return NAME_CLASS;
        }
        if (Tabular.isBirthHeader(s)) {
            return BIRTH_CLASS;
        }
        return Tabular.isDate(s) ? DATE_CLASS : TEXT_CLASS;
    }

    private static String sharedClass(List<String> shared, String index) {
        try {
            int i = Integer.parseInt(index.strip());
            return i >= 0 && i < shared.size() ? shared.get(i) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Zero-based column of a cell reference such as "B3"; -1 when there is none. */
    static int column(String ref) {
        int col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? -1 : col - 1;
    }

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

    private static XMLInputFactory safeXml() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }
}
