package jp.yokoten.search.memory;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.Lock;
import jp.yokoten.search.PrizeColumn;
import jp.yokoten.search.Tokeniser;

/**
 * The index's two reads of template_search and how a row becomes a {@link PublishedIndex.Row}. Each read also returns
 * its snapshot's xmin (first column, on every row and on the one row of an empty read): every transaction below it had
 * ended when the read ran, so the next read asks only for rows changed at or after it.
 */
final class Rows {
    // int arrays as text: a server-prepared statement would send them binary; the template's columns are what a result shows
    private static final String COLUMNS = "s.template_id, s.status, s.platform, s.category, s.owner_ward, s.process_id::text, s.tags,"
            + " s.adoption_count, s.rating_avg, s.rating_count, s.published_at, s.tokens::text, s.title_tokens, s.tag_tokens::text,"
            + " s.summary_tokens::text, s.title_norm, t.title, t.title_en, t.summary, t.tags, " + PrizeColumn.SQL + ","
            + " CASE WHEN t.description IS NULL THEN '' WHEN length(t.description) <= " + PublishedIndex.DESCRIPTION + " THEN t.description END";
    private static final String SNAPSHOT = "WITH snap AS (SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin) SELECT snap.xmin, ";

    /** Every published row: a full load. */
    static final String PUBLISHED = SNAPSHOT + COLUMNS
            + " FROM snap LEFT JOIN (template_search s JOIN template t ON t.id = s.template_id) ON s.status = 'published'";

    /** Every row written by a transaction at or after the given xmin, whatever its status (a row may leave the index). */
    static final String CHANGED = SNAPSHOT + COLUMNS
            + " FROM snap LEFT JOIN (template_search s JOIN template t ON t.id = s.template_id) ON s.changed >= ?::xid8";

    private Rows() {}

    /**
     * Applies a read to {@code into} batch by batch: a cursor brings {@code batch} rows at a time (a catch-up after a
     * bulk change, say 100,000 templates imported at once, does not fit a 384 MiB heap as one result: it failed with
     * OutOfMemoryError before), and {@code lock} is held per batch, so searches on the live index go on between batches
     * instead of waiting for the whole read. Answers the read's snapshot xmin.
     */
    static long stream(Connection c, String sql, Long fromXmin, PublishedIndex into, int batch, Lock lock) throws SQLException {
        long snapshotXmin = 0;
        c.setAutoCommit(false); // a cursor needs a transaction
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setFetchSize(batch);
            if (fromXmin != null) {
                st.setString(1, Long.toUnsignedString(fromXmin));
            }
            try (ResultSet rs = st.executeQuery()) {
                List<Change> changes = new ArrayList<>(batch);
                do {
                    changes.clear();
                    snapshotXmin = Math.max(snapshotXmin, next(rs, changes, batch));
                    lock.lock();
                    try {
                        changes.forEach(r -> into.apply(r.id(), r.published(), r.row()));
                    } finally {
                        lock.unlock();
                    }
                } while (changes.size() == batch);
            }
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
        return snapshotXmin;
    }

    /** One row of a read: a template entering, changing in or leaving ({@code published} false) the index. */
    record Change(UUID id, boolean published, PublishedIndex.Row row) {}

    /**
     * Reads up to {@code max} rows of a read into {@code out} (a read streams in batches: a catch-up after a bulk
     * change can hold every template); answers the read's snapshot xmin, 0 when no row was left.
     */
    private static long next(ResultSet rs, List<Change> out, int max) throws SQLException {
        long xmin = 0;
        while (out.size() < max && rs.next()) {
            xmin = Long.parseUnsignedLong(rs.getString(1));
            UUID id = rs.getObject(2, UUID.class);
            if (id != null) {
                out.add(new Change(id, "published".equals(rs.getString(3)), row(rs, id)));
            }
        }
        return xmin;
    }

    private static PublishedIndex.Row row(ResultSet rs, UUID id) throws SQLException {
        BigDecimal avg = rs.getBigDecimal(10);
        Timestamp at = rs.getTimestamp(12);
        String[] titleTokens = strings(rs.getArray(14));
        int[] titleHashes = new int[titleTokens.length];
        for (int i = 0; i < titleTokens.length; i++) {
            titleHashes[i] = Tokeniser.hashtext(titleTokens[i]); // the query side hashes its tokens the same way
        }
        return new PublishedIndex.Row(id, rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), strings(rs.getArray(8)),
                rs.getInt(9), avg == null ? Double.NaN : avg.doubleValue(), rs.getInt(11),
                at == null ? Long.MIN_VALUE : at.getTime() * 1000 + (at.getNanos() / 1000) % 1000,
                ints(rs.getString(13)), titleHashes, ints(rs.getString(15)), ints(rs.getString(16)), rs.getString(18), rs.getString(17),
                new PublishedIndex.Listing(rs.getString(19), rs.getString(20), shown(strings(rs.getArray(21)), strings(rs.getArray(8))),
                        PrizeColumn.read(rs.getArray(22)), rs.getString(23)));
    }

    /** The tags as written, sharing the normalised strings where they are the same (most are). */
    private static List<String> shown(String[] tags, String[] normalised) {
        for (int i = 0; i < tags.length && i < normalised.length; i++) {
            if (tags[i].equals(normalised[i])) {
                tags[i] = normalised[i];
            }
        }
        return List.of(tags);
    }

    private static String[] strings(Array a) throws SQLException {
        return a == null ? new String[0] : (String[]) a.getArray();
    }

    /**
     * An int4[] from its text form ({@code {1,-2,3}}): the driver's Array would box every element, and a full load
     * reads ≈ 18 million of them.
     */
    static int[] ints(String text) {
        if (text == null || text.length() <= 2) {
            return new int[0];
        }
        int n = 1;
        for (int i = 1; i < text.length() - 1; i++) {
            if (text.charAt(i) == ',') {
                n++;
            }
        }
        int[] out = new int[n];
        int k = 0;
        int value = 0;
        boolean negative = false;
        for (int i = 1; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ',' || ch == '}') {
                out[k++] = negative ? -value : value;
                value = 0;
                negative = false;
            } else if (ch == '-') {
                negative = true;
            } else {
                value = value * 10 + (ch - '0');
            }
        }
        return out;
    }
}
