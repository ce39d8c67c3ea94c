package jp.yokoten.governance;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dates of birth next to names in tabular data (csv rows, worksheet rows, json objects). A header row
 * naming both columns is not enough — blank forms are what templates are made of; a finding needs at least
 * one data row with a name and a date in the birth column.
 */
final class Tabular {
    private static final Set<String> NAME_HEADERS = Set.of("name", "fullname", "full_name", "personname", "person_name",
            "firstname", "first_name", "lastname", "last_name", "名前", "おなまえ", "お名前");
    private static final Set<String> BIRTH_HEADERS = Set.of("birthdate", "birth_date", "birthday", "dateofbirth",
            "date_of_birth", "dob", "生年月日", "誕生日");
    private static final Pattern DATE = Pattern.compile(
            "\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:[T ].*)?|(?:明治|大正|昭和|平成|令和|[MTSHR])\\s*(?:\\d{1,2}|元)[.年/]\\d{1,2}[.月/]\\d{1,2}日?");

    private Tabular() {}

    static boolean isNameHeader(String cell) {
        String c = key(cell);
        return c.contains("氏名") || NAME_HEADERS.contains(c);
    }

    static boolean isBirthHeader(String cell) {
        String c = key(cell);
        return c.contains("生年月日") || BIRTH_HEADERS.contains(c);
    }

    static boolean isDate(String value) {
        return value != null && DATE.matcher(TextRules.normalise(value.strip())).matches();
    }

    private static String key(String cell) {
        return cell == null ? "" : TextRules.normalise(cell).strip().toLowerCase(Locale.ROOT).replace(" ", "");
    }

    /** One table read row by row: the first row naming both columns becomes its header. */
    static final class Table {
        /** Headers are looked for in the first rows only; after that the table has none. */
        private static final int HEADER_ROWS = 10;
        private int name = -1;
        private int birth = -1;
        private int seen;
        private int rows;
        private String firstLocation;

        /** {@code dateSerials}: numbers count as dates (worksheet cells hold dates as day serials). */
        void row(List<String> cells, String location, boolean dateSerials) {
            if (name < 0) {
                if (seen++ >= HEADER_ROWS) {
                    return;
                }
                for (int i = 0; i < cells.size(); i++) {
                    if (name < 0 && isNameHeader(cells.get(i))) {
                        name = i;
                    } else if (birth < 0 && isBirthHeader(cells.get(i))) {
                        birth = i;
                    }
                }
                if (name < 0 || birth < 0) {
                    name = birth = -1;
                }
                return;
            }
            String n = name < cells.size() ? cells.get(name) : null;
            String b = birth < cells.size() ? cells.get(birth) : null;
            if (n != null && !n.isBlank() && (isDate(b) || dateSerials && isSerial(b))) {
                if (rows++ == 0) {
                    firstLocation = location;
                }
            }
        }

        /** No header among the first rows: the rest of the table cannot hold the pattern. */
        boolean headerless() {
            return name < 0 && seen >= HEADER_ROWS;
        }

        void report(TextRules.Sink sink) {
            if (rows > 0) {
                sink.add(Rule.BIRTH_DATE_WITH_NAME, firstLocation, rows + " row(s) with a name and a date of birth");
            }
        }

        private static boolean isSerial(String value) {
            try {
                double d = Double.parseDouble(value);
                return d >= 1 && d < 60000;
            } catch (NumberFormatException | NullPointerException e) {
                return false;
            }
        }
    }
}
