package jp.yokoten.award;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.yokoten.stats.FiscalYear;
import jp.yokoten.stats.StatsService;
import jp.yokoten.stats.TemplateStats;

/**
 * Freezes each entry's evidence from the statistics feature's own per-template figures ({@link StatsService}), so
 * the committee judges the numbers the KPI pages show, never a second derivation of them.
 */
@ApplicationScoped
public class AwardEvidence {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    @Inject
    StatsService stats;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void freeze(AwardRound round) {
        FiscalYear year = new FiscalYear(round.fiscalYear);
        FiscalYear before = new FiscalYear(round.fiscalYear - 1);
        for (AwardEntry e : AwardEntry.<AwardEntry>list("roundId", round.id)) {
            Evidence evidence = "template".equals(e.subjectType)
                    ? ofTemplates(List.of(e.subjectId), year, before, null)
                    : ofTemplates(linkedTemplates(e.subjectId), year, before, storyHours(e.subjectId));
            e.evidence = json.convertValue(evidence, MAP);
        }
    }

    Evidence read(Map<String, Object> stored) {
        return stored == null ? null : json.convertValue(stored, Evidence.class);
    }

    private Evidence ofTemplates(List<UUID> templates, FiscalYear year, FiscalYear before, BigDecimal storyHours) {
        BigDecimal measured = BigDecimal.ZERO;
        BigDecimal claimed = BigDecimal.ZERO;
        BigDecimal stories = BigDecimal.ZERO;
        BigDecimal ratingSum = BigDecimal.ZERO;
        int cross = 0;
        int wards = 0;
        int ratings = 0;
        long downloads = 0;
        for (UUID id : templates) {
            String ward = ownerWard(id);
            Optional<TemplateStats> earlier = stats.template(before, id, ward);
            Optional<TemplateStats> current = stats.template(year, id, ward);
            Optional<TemplateStats> latest = current.or(() -> earlier);
            for (TemplateStats s : List.of(earlier, current).stream().flatMap(Optional::stream).toList()) {
                measured = measured.add(nz(s.hoursMeasured()));
                cross += s.crossWardAdoptions();
                downloads += s.downloads();
            }
            if (latest.isPresent()) {
                TemplateStats s = latest.get();
                wards += s.adoptingWards();
                claimed = claimed.add(nz(s.hoursClaimed()));
                stories = stories.add(nz(s.hoursStories()));
                ratings += s.ratingCount();
                ratingSum = ratingSum.add(nz(s.ratingAvg()).multiply(BigDecimal.valueOf(s.ratingCount())));
            }
        }
        BigDecimal avg = ratings == 0 ? null : ratingSum.divide(BigDecimal.valueOf(ratings), 2, RoundingMode.HALF_UP);
        return new Evidence(List.of(before.year(), year.year()), measured, claimed, storyHours != null ? storyHours : stories,
                cross, wards, downloads, avg, ratings);
    }

    // Cross-feature reads as plain SQL (no public method on the template and story services for these).

    private String ownerWard(UUID templateId) {
        return (String) em.createNativeQuery("SELECT owner_ward FROM template WHERE id = ?1").setParameter(1, templateId)
                .getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> linkedTemplates(UUID storyId) {
        return em.createNativeQuery("SELECT template_id FROM story_template WHERE story_id = ?1 ORDER BY template_id", UUID.class)
                .setParameter(1, storyId).getResultList();
    }

    private BigDecimal storyHours(UUID storyId) {
        Object h = em.createNativeQuery("SELECT coalesce(hours_saved_per_year, 0) FROM story WHERE id = ?1")
                .setParameter(1, storyId).getSingleResult();
        return h instanceof BigDecimal b ? b : new BigDecimal(h.toString());
    }

    private static BigDecimal nz(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }
}
