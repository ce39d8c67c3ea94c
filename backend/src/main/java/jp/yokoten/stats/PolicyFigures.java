package jp.yokoten.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import jp.yokoten.certification.CertificationService;
import jp.yokoten.proposal.ProposalFigures;

/**
 * The proposal (SPEC §9) and certification (SPEC §10) figures merged into the KPI report and the per-ward
 * statistics. Their SQL lives in those features; this class only places them in the year and names the KPIs.
 */
@ApplicationScoped
public class PolicyFigures {
    static final int CERTIFIED_PER_WARD = 100;

    @Inject
    ProposalFigures proposals;

    @Inject
    CertificationService certifications;

    /** Per ward: proposals posted, other wards' proposals supported, certified developers valid on March 31. */
    public record WardFigures(int proposals, int proposalsSupported, int certifiedDevelopers) {
        public static final WardFigures NONE = new WardFigures(0, 0, 0);
    }

    List<Kpi> kpis(FiscalYear fy, int wardCount) {
        long[] created = proposals.created(fy.start(), fy.end());
        BigDecimal solvedShare = created[0] == 0 ? null
                : BigDecimal.valueOf(created[1]).divide(BigDecimal.valueOf(created[0]), 4, RoundingMode.HALF_UP);
        Map<String, Long> certified = certifications.validPerWard(fy.endDay().minusDays(1));
        long total = certified.values().stream().mapToLong(Long::longValue).sum();
        long meeting = certified.values().stream().filter(n -> n >= CERTIFIED_PER_WARD).count();
        return List.of(
                Kpi.of("proposals", "業務改善提案数", "Improvement proposals", BigDecimal.valueOf(created[0]), BigDecimal.valueOf(200),
                        "atLeast", "proposals"),
                Kpi.of("proposalsSolvedByTemplate", "テンプレートで解決した提案の割合", "Share of the year's proposals solved by a template",
                        solvedShare, null, null, "ratio"),
                Kpi.of("certifiedDevelopers", "認定市民開発者数（年度末時点）", "Certified citizen developers on March 31",
                        BigDecimal.valueOf(total), BigDecimal.valueOf((long) CERTIFIED_PER_WARD * wardCount), "atLeast", "people"),
                Kpi.of("wardsMeetingCertificationTarget", "認定開発者100人以上の区", "Wards with at least 100 certified developers",
                        BigDecimal.valueOf(meeting), BigDecimal.valueOf(wardCount), "atLeast", "wards"));
    }

    Map<String, WardFigures> wards(FiscalYear fy) {
        Map<String, long[]> p = proposals.perWard(fy.start(), fy.end());
        Map<String, Long> c = certifications.validPerWard(fy.endDay().minusDays(1));
        Map<String, WardFigures> out = new java.util.HashMap<>();
        java.util.Set<String> keys = new java.util.HashSet<>(p.keySet());
        keys.addAll(c.keySet());
        for (String w : keys) {
            long[] f = p.getOrDefault(w, new long[2]);
            out.put(w, new WardFigures((int) f[0], (int) f[1], c.getOrDefault(w, 0L).intValue()));
        }
        return out;
    }
}
