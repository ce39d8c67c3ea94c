package jp.yokoten.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds zip files in memory for upload tests. */
public final class Zips {
    private Zips() {}

    public static byte[] of(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A small kintone-like app export: an app definition in JSON inside a zip. */
    public static byte[] kintoneApp(String name) {
        return of(Map.of("app.json", ("{\"name\":\"" + name + "\",\"fields\":[\"申請日\",\"区分\"]}").getBytes(StandardCharsets.UTF_8)));
    }
}
