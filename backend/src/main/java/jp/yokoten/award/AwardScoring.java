package jp.yokoten.award;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The result arithmetic of SPEC §8, free of I/O so it can be checked by hand. For each judge and criterion the
 * scores become z-scores over that judge's sheets in the round (a harsh and a lenient judge then weigh the
 * same) and are mapped back to the 1–5 scale with the mean and spread of all sheets of that criterion. A judge
 * with one sheet, or whose scores for a criterion are all equal, has no spread to divide by: those scores count
 * raw. Spreads are population standard deviations (divide by n): the sheets are the whole population judged.
 */
final class AwardScoring {
    static final int CRITERIA = 3;

    private AwardScoring() {}

    /** One sheet: scores in criterion order workReduction, residentService, originality. */
    record Sheet(UUID entry, String judge, int[] scores) {}

    /** An entry's weighted scores (null without sheets) and how many sheets it has. */
    record Score(Double normalised, Double raw, int sheets) {}

    /** An entry to rank: its scores and the tie-breaker (measured hours saved, higher first). */
    record Rankable(UUID entry, Double score, double hoursMeasured) {}

    static Map<UUID, Score> score(List<Sheet> sheets, int[] weights) {
        double[] mean = new double[CRITERIA];
        double[] spread = new double[CRITERIA];
        for (int c = 0; c < CRITERIA; c++) {
            double[] all = values(sheets, c);
            mean[c] = mean(all);
            spread[c] = sd(all, mean[c]);
        }
        Map<String, List<Sheet>> byJudge = new LinkedHashMap<>();
        sheets.forEach(s -> byJudge.computeIfAbsent(s.judge(), j -> new ArrayList<>()).add(s));
        Map<UUID, double[]> normalisedSum = new LinkedHashMap<>();
        Map<UUID, double[]> rawSum = new HashMap<>();
        Map<UUID, Integer> counts = new HashMap<>();
        for (List<Sheet> own : byJudge.values()) {
            for (int c = 0; c < CRITERIA; c++) {
                double[] mine = values(own, c);
                double m = mean(mine);
                double sd = sd(mine, m);
                for (Sheet s : own) {
                    double x = s.scores()[c];
                    double adjusted = own.size() < 2 || sd == 0 ? x : mean[c] + spread[c] * (x - m) / sd;
                    normalisedSum.computeIfAbsent(s.entry(), e -> new double[CRITERIA])[c] += adjusted;
                    rawSum.computeIfAbsent(s.entry(), e -> new double[CRITERIA])[c] += x;
                }
            }
            own.forEach(s -> counts.merge(s.entry(), 1, Integer::sum));
        }
        Map<UUID, Score> scores = new HashMap<>();
        normalisedSum.forEach((entry, sums) -> {
            int n = counts.get(entry);
            scores.put(entry, new Score(weighted(sums, n, weights), weighted(rawSum.get(entry), n, weights), n));
        });
        return scores;
    }

    /** Ranks 1..n: higher score first, entries without a score last, ties by measured hours saved; else input order. */
    static Map<UUID, Integer> rank(List<Rankable> entries) {
        List<Rankable> ordered = new ArrayList<>(entries);
        ordered.sort(Comparator.comparing((Rankable r) -> r.score() == null)
                .thenComparing(r -> r.score() == null ? 0 : -r.score())
                .thenComparing(r -> -r.hoursMeasured()));
        Map<UUID, Integer> ranks = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            ranks.put(ordered.get(i).entry(), i + 1);
        }
        return ranks;
    }

    private static double weighted(double[] sums, int n, int[] weights) {
        double total = 0;
        for (int c = 0; c < CRITERIA; c++) {
            total += weights[c] * (sums[c] / n);
        }
        return total / 100.0;
    }

    private static double[] values(List<Sheet> sheets, int c) {
        return sheets.stream().mapToDouble(s -> s.scores()[c]).toArray();
    }

    private static double mean(double[] xs) {
        double sum = 0;
        for (double x : xs) {
            sum += x;
        }
        return xs.length == 0 ? 0 : sum / xs.length;
    }

    private static double sd(double[] xs, double mean) {
        double sum = 0;
        for (double x : xs) {
            sum += (x - mean) * (x - mean);
        }
        // Below 1e-9 the scores are equal up to floating-point noise: treat as no spread.
        double sd = xs.length == 0 ? 0 : Math.sqrt(sum / xs.length);
        return sd < 1e-9 ? 0 : sd;
    }
}
