package jp.yokoten.governance;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;

/** JSON documents for the tabular rule, streamed token by token so that a large one is never built in memory. */
final class JsonReader {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonReader() {}

    /** JSON objects holding both a name and a date of birth, counted like table rows. */
    static void scan(InputStream in, String where, TextRules.Sink sink) throws IOException {
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
}
