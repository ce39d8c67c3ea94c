package jp.yokoten.certification;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The register as CSV: UTF-8 with a BOM for Excel, RFC 4180 quoting, and cells starting with = + - @ prefixed with a
 * quote (names are typed by people; CSV injection). Same rules as the statistics exports.
 */
final class CertificationCsv {
    private CertificationCsv() {}

    static void write(OutputStream out, List<CertificationView> rows) throws IOException {
        StringBuilder s = new StringBuilder("\uFEFF");
        line(s, (Object[]) CertificationView.CSV_HEADER);
        rows.forEach(r -> line(s, r.csvRow()));
        out.write(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void line(StringBuilder s, Object... values) {
        for (int i = 0; i < values.length; i++) {
            s.append(i > 0 ? "," : "").append(field(values[i]));
        }
        s.append("\r\n");
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
