package jp.yokoten.search;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.postgresql.PGStatement;

/** A statement under construction with its positional parameters in order. */
final class Sql {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    Sql(String fragment, Object... values) {
        append(fragment, values);
    }

    Sql append(String fragment, Object... values) {
        text.append(fragment);
        params.addAll(Arrays.asList(values)); // null binds SQL NULL
        return this;
    }

    Sql append(Sql other) {
        text.append(other.text);
        params.addAll(other.params);
        return this;
    }

    PreparedStatement prepare(Connection c) throws SQLException {
        PreparedStatement st = c.prepareStatement(text.toString());
        // Always plan with the actual tokens: a cached generic plan cannot know how selective a word is
        // and falls back to scanning every token row (seconds instead of milliseconds).
        st.unwrap(PGStatement.class).setPrepareThreshold(0);
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof Array a) {
                st.setArray(i + 1, a);
            } else if (p instanceof String[] texts) {
                st.setArray(i + 1, c.createArrayOf("text", texts));
            } else {
                st.setObject(i + 1, p);
            }
        }
        return st;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
