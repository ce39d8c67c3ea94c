package jp.yokoten.governance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** CSV and TSV rows for the tabular rule ({@link Tabular}): names beside dates of birth. */
final class CsvReader {
    private CsvReader() {}

    static void scan(Reader reader, String where, TextRules.Sink sink) throws IOException {
        Tabular.Table table = new Tabular.Table();
        BufferedReader lines = new BufferedReader(reader);
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
}
