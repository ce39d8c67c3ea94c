package jp.yokoten.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import jp.yokoten.award.AwardBadges;
import jp.yokoten.award.PrizeBadge;
import jp.yokoten.certification.CertificationService;
import jp.yokoten.common.config.Clocks;

/**
 * What other features say about a published item, shown on every publishable's page: its award prizes
 * (SPEC §8) and whether its creator was a certified citizen developer on the day it was created (SPEC §10).
 * One bean, so templates, stories and what comes next ask one place.
 */
@ApplicationScoped
public class Recognitions {
    @Inject
    AwardBadges awardBadges;

    @Inject
    CertificationService certifications;

    public List<PrizeBadge> prizes(UUID id) {
        return awardBadges.forSubject(id);
    }

    /** 「認定開発者が作成」: the creator held a valid certification on the JST creation date. */
    public boolean byCertifiedDeveloper(String createdBy, OffsetDateTime createdAt) {
        return createdBy != null && createdAt != null
                && certifications.certifiedOn(createdBy, createdAt.atZoneSameInstant(Clocks.JST).toLocalDate());
    }
}
