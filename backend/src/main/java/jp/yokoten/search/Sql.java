package jp.yokoten.search;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
        // Server-prepared after the driver's threshold (5 uses of the same text on a connection), so PostgreSQL may
        // reuse a generic plan: planning this statement costs ~0.8 ms, more than running it on a small catalogue
        // (demo portal: 税 at 23% of /me with a plan per request, 83% reused; 100,000 templates: unchanged, see
        // bench/results/search-2026-12-04.md). The GIN bitmap plans do not depend on how selective a word is.
        PreparedStatement st = c.prepareStatement(text.toString());
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
