package jp.yokoten.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import jp.yokoten.common.config.YokotenConfig;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.TooLarge;

/**
 * Decides by content, never by file name, whether an upload is an allowed kind (SPEC §5): zip-based
 * (zip, xlsx, xlsm, docx, msapp), JSON, CSV or PDF. Zips are walked entry by entry with limits on
 * entry count, uncompressed size and compression ratio, and refused on path traversal.
 */
@ApplicationScoped
public class UploadInspector {
    private static final String FIELD = "file";
    private static final JsonFactory JSON = new JsonFactory();

    @Inject
    YokotenConfig config;

    /** The file's media type, or an InvalidInput / TooLarge naming what is wrong. */
    public String inspect(Path file, String fileName) throws IOException {
        checkFileName(fileName);
        long size = Files.size(file);
        if (size == 0) {
            throw new InvalidInput(FIELD, "The file is empty.");
        }
        if (size > config.uploads().maxFileSize()) {
            throw new TooLarge("The file has " + size + " bytes; the limit is " + config.uploads().maxFileSize() + " bytes.");
        }
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return inspectZip(file, size, fileName);
        }
        if (n >= 5 && new String(head, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            return "application/pdf";
        }
        return inspectText(file);
    }

    static void checkFileName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput(FIELD, "The file needs a file name.");
        }
        if (name.length() > 255) {
            throw new InvalidInput(FIELD, "The file name is longer than 255 characters.");
        }
        if (name.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL || c == '/' || c == '\\')) {
            throw new InvalidInput(FIELD, "The file name must not contain control characters or path separators.");
        }
        if (name.equals(".") || name.equals("..")) {
            throw new InvalidInput(FIELD, "The file name is not a name.");
        }
    }

    private String inspectZip(Path file, long compressedSize, String fileName) throws IOException {
        YokotenConfig.Uploads limits = config.uploads();
        long maxTotal = Math.min(limits.zipMaxUncompressed(), Math.max(compressedSize, 1) * limits.zipMaxRatio());
        long total = 0;
        int entries = 0;
        boolean workbook = false, macros = false, document = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.zipMaxEntries()) {
                    throw new InvalidInput(FIELD, "The archive has more than " + limits.zipMaxEntries() + " entries.");
                }
                checkEntryName(entry.getName());
                String name = entry.getName();
                workbook |= name.equals("xl/workbook.xml");
                macros |= name.equals("xl/vbaProject.bin");
                document |= name.equals("word/document.xml");
                int read;
                // Count what really inflates: declared sizes in a zip can lie.
                while ((read = zip.read(buffer)) > 0) {
                    total += read;
                    if (total > maxTotal) {
                        throw new InvalidInput(FIELD, "The archive expands beyond the allowed size (" + maxTotal
                                + " bytes, at most " + limits.zipMaxRatio() + " times its compressed size): it looks like a zip bomb.");
                    }
                }
            }
        } catch (ZipException e) {
            throw new InvalidInput(FIELD, "The archive is damaged and cannot be read.");
        }
        if (entries == 0) {
            throw new InvalidInput(FIELD, "The archive has no entries.");
        }
        if (workbook) {
            return macros || fileName.toLowerCase().endsWith(".xlsm")
                    ? "application/vnd.ms-excel.sheet.macroEnabled.12"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (document) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        return "application/zip";
    }

    private static void checkEntryName(String name) {
        String n = name.replace('\\', '/');
        boolean absolute = n.startsWith("/") || (n.length() > 1 && n.charAt(1) == ':');
        boolean traversal = ("/" + n + "/").contains("/../");
        if (absolute || traversal || n.codePoints().anyMatch(c -> c < 0x20)) {
            throw new InvalidInput(FIELD, "The archive contains an unsafe entry name (absolute path or '..'): " + printable(name));
        }
    }

    private static String printable(String s) {
        String clean = s.codePoints().map(c -> c < 0x20 ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }

    /** UTF-8 text without binary control characters: JSON when it parses as JSON, else CSV with a delimiter. */
    private String inspectText(Path file) throws IOException {
        int first = -1;
        boolean delimiter = false;
        boolean firstLine = true;
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            int c;
            while ((c = reader.read()) != -1) {
                if (c == 0xFEFF && first == -1) {
                    continue;
                }
                if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                    throw notAllowed();
                }
                if (first == -1 && !Character.isWhitespace(c)) {
                    first = c;
                }
                if (firstLine) {
                    delimiter |= c == ',' || c == '\t';
                    firstLine = c != '\n';
                }
            }
        } catch (CharacterCodingException e) {
            throw notAllowed();
        }
        if (first == '{' || first == '[') {
            checkJson(file);
            return "application/json";
        }
        if (delimiter) {
            return "text/csv";
        }
        throw notAllowed();
    }

    private static void checkJson(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            while (parser.nextToken() != null) {
                // reading every token validates the whole document without building it in memory
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidInput(FIELD, "The file looks like JSON but is not valid JSON.");
        }
    }

    private static InvalidInput notAllowed() {
        return new InvalidInput(FIELD, "This kind of file is not accepted. Allowed: zip-based files (zip, xlsx, xlsm, docx, msapp), JSON, CSV (UTF-8) and PDF.");
    }
}
