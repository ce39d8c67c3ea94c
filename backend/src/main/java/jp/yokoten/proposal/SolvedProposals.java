package jp.yokoten.proposal;

/** "Solves N proposals from M wards": solved proposals linked to a template and the distinct wards behind them. */
public record SolvedProposals(long proposals, long wards) {
    public static final SolvedProposals NONE = new SolvedProposals(0, 0);
}
