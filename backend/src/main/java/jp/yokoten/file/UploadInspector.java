package jp.yokoten.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipException;
import jp.yokoten.common.config.YokotenConfig;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.TooLarge;

/**
 * Decides by content, never by file name, whether an upload is an allowed kind (SPEC §5): zip-based
 * (zip, xlsx, xlsm, docx, pptx, msapp), JSON, CSV or PDF; then requires the name to fit that kind
 * ({@link FileKind}) and to be free of invisible characters ({@link FileNames}). Zips are read through
 * {@link Archive} and inflated once in full so that no entry is larger than it claims; the {@link Inspection}
 * hands that archive and its budget on, so the governance scan reads the same archive under the same limits.
 */
@ApplicationScoped
public class UploadInspector {
    private static final JsonFactory JSON = new JsonFactory();

    /**
     * What the content turned out to be. For a zip, {@code archive} is the archive as read and verified here, and
     * {@code budget} what reading it spent: later readers (the governance scan) walk this archive instead of
     * opening the file again and charge nested archives to the same budget, so one upload has one set of limits.
     */
    public record Inspection(FileKind kind, String mediaType, Archive archive, Archive.Budget budget) {
        Inspection(FileKind kind, String mediaType, Archive.Budget budget) {
            this(kind, mediaType, null, budget);
        }
    }

    @Inject
    YokotenConfig config;

    /** The limits every reader of an uploaded archive applies (this check and the governance scan). */
    public static Archive.Limits archiveLimits(YokotenConfig.Uploads uploads) {
        return new Archive.Limits(uploads.zipMaxEntries(), uploads.zipMaxUncompressed(), uploads.zipMaxRatio(), uploads.zipMaxDepth());
    }

    /** The file's kind and media type, or an InvalidInput / TooLarge naming what is wrong. */
    public Inspection inspect(Path file, String fileName) throws IOException {
        FileNames.checkUploadName(fileName);
        long size = Files.size(file);
        if (size == 0) {
            throw FileNames.refused("The file is empty.");
        }
        if (size > config.uploads().maxFileSize()) {
            throw new TooLarge("The file has " + size + " bytes; the limit is " + config.uploads().maxFileSize() + " bytes.");
        }
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        Archive.Budget budget = archiveLimits(config.uploads()).budget();
        Inspection found;
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            found = inspectZip(file, fileName, budget);
        } else if (n >= 5 && new String(head, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            found = new Inspection(FileKind.PDF, "application/pdf", budget);
        } else {
            found = inspectText(file, budget);
        }
        found.kind().requireFits(fileName);
        return found;
    }

    private Inspection inspectZip(Path file, String fileName, Archive.Budget budget) throws IOException {
        Archive zip;
        try {
            zip = Archive.open(file, budget, "");
            zip.verify();
        } catch (ZipException e) {
            throw FileNames.refused("The archive is damaged and cannot be read.");
        }
        if (zip.entries().isEmpty()) {
            throw FileNames.refused("The archive has no entries.");
        }
        if (zip.entry("xl/workbook.xml").isPresent()) {
            return new Inspection(FileKind.OOXML, zip.entry("xl/vbaProject.bin").isPresent() || FileNames.extension(fileName).equals("xlsm")
                    ? "application/vnd.ms-excel.sheet.macroEnabled.12"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", zip, budget);
        }
        if (zip.entry("word/document.xml").isPresent()) {
            return new Inspection(FileKind.OOXML, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", zip, budget);
        }
        if (zip.entry("ppt/presentation.xml").isPresent()) {
            return new Inspection(FileKind.OOXML, "application/vnd.openxmlformats-officedocument.presentationml.presentation", zip, budget);
        }
        if (zip.entry("Header.json").isPresent() && zip.entry("Properties.json").isPresent()) {
            return new Inspection(FileKind.MSAPP, "application/zip", zip, budget); // a Power Apps canvas app package
        }
        return new Inspection(FileKind.ZIP, "application/zip", zip, budget);
    }

    /** UTF-8 text without binary control characters: JSON when it parses as JSON, else CSV with a delimiter. */
    private Inspection inspectText(Path file, Archive.Budget budget) throws IOException {
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
            return new Inspection(FileKind.JSON, "application/json", budget);
        }
        if (delimiter) {
            return new Inspection(FileKind.CSV, "text/csv", budget);
        }
        throw notAllowed();
    }

    private static void checkJson(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            while (parser.nextToken() != null) {
                // reading every token validates the whole document without building it in memory
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw FileNames.refused("The file looks like JSON but is not valid JSON.");
        }
    }

    private static InvalidInput notAllowed() {
        return FileNames.refused("This kind of file is not accepted. Allowed: zip-based files (zip, xlsx, xlsm, docx, pptx, msapp), JSON, CSV (UTF-8) and PDF.");
    }
}
