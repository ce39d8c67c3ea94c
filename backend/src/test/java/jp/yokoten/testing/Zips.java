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

    /** Entries in the given order (LinkedHashMap), e.g. {@code Zips.ordered("a.csv", bytes, "b/c.json", bytes)}. */
    public static byte[] ordered(Object... nameThenBytes) {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameThenBytes.length; i += 2) {
            Object value = nameThenBytes[i + 1];
            entries.put((String) nameThenBytes[i], value instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) value);
        }
        return of(entries);
    }

    /**
     * A minimal workbook: the first sheet's rows, strings kept in xl/sharedStrings.xml as Excel does,
     * numbers as numeric cells (Excel stores dates as day serials).
     */
    public static byte[] xlsx(java.util.List<java.util.List<Object>> rows, boolean macros) {
        java.util.List<String> shared = new java.util.ArrayList<>();
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object v = rows.get(r).get(c);
                String ref = (char) ('A' + c) + String.valueOf(r + 1);
                if (v instanceof Number n) {
                    sheet.append("<c r=\"").append(ref).append("\"><v>").append(n).append("</v></c>");
                } else {
                    shared.add(String.valueOf(v));
                    sheet.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append(shared.size() - 1).append("</v></c>");
                }
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        StringBuilder strings = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        shared.forEach(s -> strings.append("<si><t>").append(s.replace("&", "&amp;").replace("<", "&lt;")).append("</t></si>"));
        strings.append("</sst>");
        java.util.List<Object> parts = new java.util.ArrayList<>(java.util.List.of(
                "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>",
                "xl/worksheets/sheet1.xml", sheet.toString(),
                "xl/sharedStrings.xml", strings.toString()));
        if (macros) {
            parts.addAll(java.util.List.of("xl/vbaProject.bin", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}));
        }
        return ordered(parts.toArray());
    }

    /** A small kintone-like app export: an app definition in JSON inside a zip. */
    public static byte[] kintoneApp(String name) {
        return of(Map.of("app.json", ("{\"name\":\"" + name + "\",\"fields\":[\"申請日\",\"区分\"]}").getBytes(StandardCharsets.UTF_8)));
    }

    /** One central directory record of a zip, editable by {@link #tamper}; the local headers stay as written. */
    public static final class Central {
        public String name;
        public long size;
        public long compressedSize;
        public long crc;
        public long localOffset;
        byte[] header;
        byte[] extraAndComment;
    }

    /**
     * The zip with its central directory rewritten by {@code edit} (rename, resize, reorder or drop records)
     * while the local headers and data stay as they were: the disagreement between the two that some zip
     * readers never notice.
     */
    public static byte[] tamper(byte[] zip, java.util.function.Consumer<java.util.List<Central>> edit) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(zip).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int end = zip.length - 22;
        while (b.getInt(end) != 0x06054b50) {
            end--;
        }
        int count = Short.toUnsignedInt(b.getShort(end + 10));
        int offset = b.getInt(end + 16);
        java.util.List<Central> records = new java.util.ArrayList<>();
        int at = offset;
        for (int i = 0; i < count; i++) {
            Central c = new Central();
            c.header = java.util.Arrays.copyOfRange(zip, at, at + 46);
            int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
            int rest = Short.toUnsignedInt(b.getShort(at + 30)) + Short.toUnsignedInt(b.getShort(at + 32));
            c.crc = Integer.toUnsignedLong(b.getInt(at + 16));
            c.compressedSize = Integer.toUnsignedLong(b.getInt(at + 20));
            c.size = Integer.toUnsignedLong(b.getInt(at + 24));
            c.localOffset = Integer.toUnsignedLong(b.getInt(at + 42));
            c.name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            c.extraAndComment = java.util.Arrays.copyOfRange(zip, at + 46 + nameLength, at + 46 + nameLength + rest);
            records.add(c);
            at += 46 + nameLength + rest;
        }
        edit.accept(records);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(zip, 0, offset);
        for (Central c : records) {
            byte[] name = c.name.getBytes(StandardCharsets.UTF_8);
            java.nio.ByteBuffer h = java.nio.ByteBuffer.wrap(c.header.clone()).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            h.putInt(16, (int) c.crc).putInt(20, (int) c.compressedSize).putInt(24, (int) c.size)
                    .putShort(28, (short) name.length).putInt(42, (int) c.localOffset);
            out.writeBytes(h.array());
            out.writeBytes(name);
            out.writeBytes(c.extraAndComment);
        }
        int size = out.size() - offset;
        java.nio.ByteBuffer e = java.nio.ByteBuffer.wrap(java.util.Arrays.copyOfRange(zip, end, zip.length)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        e.putShort(8, (short) records.size()).putShort(10, (short) records.size()).putInt(12, size);
        out.writeBytes(e.array());
        return out.toByteArray();
    }
}
