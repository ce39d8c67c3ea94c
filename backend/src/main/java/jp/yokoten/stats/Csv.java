package jp.yokoten.stats;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** RFC 4180 CSV in UTF-8 with a BOM, so Excel opens Japanese text correctly; written row by row. */
public final class Csv implements AutoCloseable {
    private final Writer out;

    public Csv(OutputStream stream, String... header) {
        out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        write("\uFEFF");
        row((Object[]) header);
    }

    public void row(Object... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(values[i]));
        }
        write(line.append("\r\n").toString());
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        // A leading = + - @ would make Excel evaluate the cell: prefix a quote (CSV injection).
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
