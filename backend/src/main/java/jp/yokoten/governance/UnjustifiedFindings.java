package jp.yokoten.governance;

import java.util.List;
import jp.yokoten.common.error.ApiException;
import jp.yokoten.common.error.Problem;

/** A version cannot be submitted while high governance findings lack a justification; lists them. */
public class UnjustifiedFindings extends ApiException {
    private final List<FindingView> findings;

    public UnjustifiedFindings(List<FindingView> findings) {
        super(409, "unjustified-findings", "Unjustified findings", findings.size()
                + " high governance finding(s) need a justification before this version can be submitted.", null);
        this.findings = findings;
    }

    @Override
    public Problem toProblem() {
        Problem p = super.toProblem();
        return new Problem(p.type(), p.title(), p.status(), p.detail(), p.errors(), findings);
    }
}
