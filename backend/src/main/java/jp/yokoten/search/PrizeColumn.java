package jp.yokoten.search;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.yokoten.award.PrizeBadge;

/**
 * A template's prizes of published award rounds (SPEC §8: shown in search results) as one column of a read, for both
 * search paths: the SQL statement's page rows and the search memory's feed (search/memory/Rows).
 */
public final class PrizeColumn {
    /**
     * The prizes of template {@code t}, newest round first, each as {@code "<round id> <fiscal year> <prize>"}; NULL when
     * none. Served by the partial index award_entry_prized.
     */
    public static final String SQL = "(SELECT array_agg(r.id::text || ' ' || r.fiscal_year || ' ' || e.prize"
            + " ORDER BY r.fiscal_year DESC, e.prize) FROM award_entry e JOIN award_round r ON r.id = e.round_id"
            + " WHERE e.subject_id = t.id AND e.prize IS NOT NULL AND r.phase = 'published')";

    private PrizeColumn() {}

    public static List<PrizeBadge> read(Array column) throws SQLException {
        if (column == null) {
            return List.of();
        }
        List<PrizeBadge> out = new ArrayList<>();
        for (String p : (String[]) column.getArray()) {
            String[] f = p.split(" ");
            out.add(PrizeBadge.of(UUID.fromString(f[0]), Integer.parseInt(f[1]), f[2]));
        }
        return List.copyOf(out);
    }
}
