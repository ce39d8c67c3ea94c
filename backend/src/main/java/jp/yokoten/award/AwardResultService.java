package jp.yokoten.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.yokoten.common.error.Conflict;
import jp.yokoten.common.error.Forbidden;

/**
 * The ranking of a round ({@link AwardScoring}): to admin and judges from decided, to everyone once published.
 * Before publication a judge of a ward that entered sees no results at all: a ranking with their own ward's
 * entries left out would still show where those entries stand.
 */
@ApplicationScoped
public class AwardResultService {
    @Inject
    AwardAccess access;

    @Inject
    AwardEvidence evidence;

    @Inject
    EntityManager em;

    public AwardResults results(UUID roundId) {
        AwardRound r = access.round(roundId);
        if (!AwardPhase.PUBLISHED.equals(r.phase)) {
            if (!access.admin() && !access.judge()) {
                throw new Forbidden("Results are shown to everyone once the round is published.");
            }
            if (!access.admin() && !access.ward().isEmpty()
                    && AwardEntry.count("roundId = ?1 and ward = ?2", r.id, access.ward()) > 0) {
                throw new Forbidden("Your ward entered this round: conflict of interest, results are shown to you once published.");
            }
            if (!AwardPhase.reached(r.phase, AwardPhase.DECIDED)) {
                throw new Conflict("The round is " + r.phase + ": results exist from decided on.");
            }
        }
        List<AwardEntry> entries = AwardEntry.<AwardEntry>list("roundId = ?1 order by enteredAt, id", r.id);
        List<AwardScoring.Sheet> sheets = new ArrayList<>();
        for (AwardSheet s : AwardSheet.<AwardSheet>list("entryId in (select e.id from AwardEntry e where e.roundId = ?1)", r.id)) {
            sheets.add(new AwardScoring.Sheet(s.entryId, s.judge, new int[] {s.workReduction, s.residentService, s.originality}));
        }
        Map<UUID, AwardScoring.Score> scores = AwardScoring.score(sheets,
                new int[] {r.weightWorkReduction, r.weightResidentService, r.weightOriginality});
        List<AwardScoring.Rankable> normalised = new ArrayList<>();
        List<AwardScoring.Rankable> raw = new ArrayList<>();
        for (AwardEntry e : entries) {
            AwardScoring.Score s = scores.get(e.id);
            double hours = hours(e).doubleValue();
            normalised.add(new AwardScoring.Rankable(e.id, s == null ? null : s.normalised(), hours));
            raw.add(new AwardScoring.Rankable(e.id, s == null ? null : s.raw(), hours));
        }
        Map<UUID, Integer> rank = AwardScoring.rank(normalised);
        Map<UUID, Integer> rawRank = AwardScoring.rank(raw);
        List<ResultItem> items = new ArrayList<>();
        for (AwardEntry e : entries) {
            AwardScoring.Score s = scores.get(e.id);
            int n = s == null ? 0 : s.sheets();
            items.add(new ResultItem(e.id, e.ward, e.subjectType, e.subjectId, e.title, s == null ? null : round(s.normalised()),
                    s == null ? null : round(s.raw()), rank.get(e.id), rawRank.get(e.id), n,
                    n < 2 ? List.of("insufficientScores") : List.of(), e.prize, hours(e)));
        }
        items.sort(Comparator.comparingInt(ResultItem::rank));
        return new AwardResults(r.id, r.fiscalYear, r.title, r.phase, items);
    }

    /** The same ranking as CSV: UTF-8 with a BOM and CRLF rows like the statistics exports, so Excel reads Japanese. */
    public void csv(AwardResults results, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, ResultItem.CSV_HEADER);
        for (ResultItem item : results.items()) {
            line(w, item.csvRow());
        }
        w.flush();
    }

    private static void line(Writer w, Object[] values) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            line.append(i > 0 ? "," : "").append(field(values[i]));
        }
        w.write(line.append("\r\n").toString());
    }

    /** As the statistics CSV: quoted when needed, and a leading = + - @ defused (CSV injection). */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
            s = "'" + s;
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private BigDecimal hours(AwardEntry e) {
        Evidence ev = evidence.read(e.evidence);
        return ev == null || ev.hoursSavedMeasured() == null ? BigDecimal.ZERO : ev.hoursSavedMeasured();
    }

    private static BigDecimal round(double d) {
        return BigDecimal.valueOf(d).setScale(3, RoundingMode.HALF_UP);
    }
}
