package jp.yokoten.governance;

/** How many findings of each severity a version has, and how many high ones still lack a justification. */
public record FindingCounts(int high, int medium, int info, int unjustifiedHigh) {
    public static final FindingCounts NONE = new FindingCounts(0, 0, 0, 0);
}
