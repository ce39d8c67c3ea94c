package jp.yokoten.award;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The result arithmetic on numbers small enough to check by hand. Equal weights unless a test says otherwise. */
class AwardScoringTest {
    static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    static final int[] WEIGHTS = {40, 30, 30};

    static AwardScoring.Sheet sheet(UUID entry, String judge, int score) {
        return new AwardScoring.Sheet(entry, judge, new int[] {score, score, score});
    }

    static List<UUID> order(Map<UUID, AwardScoring.Score> scores, boolean normalised) {
        List<UUID> ids = new ArrayList<>(scores.keySet());
        ids.sort(Comparator.comparingDouble(id -> -(normalised ? scores.get(id).normalised() : scores.get(id).raw())));
        return ids;
    }

    @Test
    void aHarshAndALenientJudgeOnDifferentEntriesRankLikeOneFairJudge() {
        // The fair judge: A=5, B=3, C=1 → A > B > C.
        Map<UUID, AwardScoring.Score> fair = AwardScoring.score(List.of(sheet(A, "fair", 5), sheet(B, "fair", 3), sheet(C, "fair", 1)), WEIGHTS);
        assertEquals(List.of(A, B, C), order(fair, true));
        // Harsh scores A and B (2, 1); lenient scores B and C (5, 4). Raw means: A 2, B 3, C 4 — upside down.
        Map<UUID, AwardScoring.Score> panel = AwardScoring.score(List.of(sheet(A, "harsh", 2), sheet(B, "harsh", 1),
                sheet(B, "lenient", 5), sheet(C, "lenient", 4)), WEIGHTS);
        assertEquals(List.of(C, B, A), order(panel, false));
        // z-scores: harsh A +1, B −1; lenient B +1, C −1. All four sheets: mean 3, population sd √2.5 = 1.5811.
        // A = 3 + 1.5811 = 4.5811; B = (1.4189 + 4.5811) / 2 = 3; C = 1.4189 — the fair judge's order.
        assertEquals(List.of(A, B, C), order(panel, true));
        assertEquals(4.5811, panel.get(A).normalised(), 1e-4);
        assertEquals(3.0, panel.get(B).normalised(), 1e-9);
        assertEquals(1.4189, panel.get(C).normalised(), 1e-4);
        assertEquals(2, panel.get(B).sheets());
    }

    @Test
    void aJudgeWithOneSheetContributesRawScores() {
        // S scores only C (5): 5 counts as it is. H: A=3, B=1 (z ±1); L: B=5, C=3 (z ±1).
        // All five sheets: mean 3.4, population sd √2.24 = 1.49666. C = ((3.4 − 1.49666) + 5) / 2 = 3.45167.
        Map<UUID, AwardScoring.Score> s = AwardScoring.score(List.of(sheet(A, "H", 3), sheet(B, "H", 1), sheet(B, "L", 5),
                sheet(C, "L", 3), sheet(C, "S", 5)), WEIGHTS);
        assertEquals(3.45167, s.get(C).normalised(), 1e-5);
        assertEquals(4.0, s.get(C).raw(), 1e-9);
        assertEquals(4.89666, s.get(A).normalised(), 1e-5);
        assertEquals(3.4, s.get(B).normalised(), 1e-9);
    }

    @Test
    void aJudgeWhoseScoresAreAllEqualContributesRawScoresWithoutDividingByZero() {
        // "same" gives 4 everywhere: sd 0, so 4 counts raw; "other" spreads A=5, B=1 (z ±1), all four sheets (4, 4, 5, 1):
        // mean 3.5, population sd √((0.25 + 0.25 + 2.25 + 6.25) / 4) = 1.5. A = (4 + 5) / 2 = 4.5, B = (4 + 2) / 2 = 3.
        Map<UUID, AwardScoring.Score> s = AwardScoring.score(List.of(sheet(A, "same", 4), sheet(B, "same", 4),
                sheet(A, "other", 5), sheet(B, "other", 1)), WEIGHTS);
        assertEquals(4.5, s.get(A).normalised(), 1e-9);
        assertEquals(3.0, s.get(B).normalised(), 1e-9);
        assertEquals(false, Double.isNaN(s.get(A).normalised()));
    }

    @Test
    void weightsCombineTheCriteria() {
        // One judge, one sheet: raw 5/3/1 → 0.4·5 + 0.3·3 + 0.3·1 = 3.2 under both methods.
        Map<UUID, AwardScoring.Score> s = AwardScoring.score(List.of(new AwardScoring.Sheet(A, "J", new int[] {5, 3, 1})), WEIGHTS);
        assertEquals(3.2, s.get(A).raw(), 1e-9);
        assertEquals(3.2, s.get(A).normalised(), 1e-9);
    }

    @Test
    void tiesBreakByMeasuredHoursSavedAndUnscoredEntriesComeLast() {
        Map<UUID, Integer> ranks = AwardScoring.rank(List.of(new AwardScoring.Rankable(A, 3.0, 10),
                new AwardScoring.Rankable(B, null, 500), new AwardScoring.Rankable(C, 3.0, 120)));
        assertEquals(Map.of(C, 1, A, 2, B, 3), ranks);
    }

    @Test
    void anEntryWithoutSheetsHasNoScore() {
        assertNull(AwardScoring.score(List.of(sheet(A, "J", 3)), WEIGHTS).get(B));
    }
}
