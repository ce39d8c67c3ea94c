package jp.yokoten.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import jp.yokoten.award.PrizeBadge;
import jp.yokoten.proposal.SolvedProposals;
import jp.yokoten.review.PublicationStatus;
import jp.yokoten.review.ReviewOutcome;
import jp.yokoten.search.SearchIndex;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A template as GET /templates/{id} shows it. {@code developmentDays} derives from the two dates;
 * {@code lastReview} is shown only to the owning ward's publishers and to reviewers; the counters are
 * maintained on write (ratings, adopting wards); {@code solvedProposals} and {@code byCertifiedDeveloper} are the
 * proposal and register marks (SPEC §9, §10).
 */
public record TemplateDetail(
        UUID id, @Schema(implementation = PublicationStatus.class) String status, String ownerWard, String title, String titleEn, String summary, String description,
        String platform, String category, List<String> tags, String requirements,
        @Schema(enumeration = {"none", "anonymised", "contains"}) String personalData,
        String personalDataNote, String reuseTerms, LocalDate developmentStartedOn, LocalDate releasedOn,
        Long developmentDays, BigDecimal hoursSavedPerYear, UUID derivedFrom, UUID processId, String latestVersion,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime publishedAt, OffsetDateTime archivedAt,
        ReviewOutcome lastReview, BigDecimal ratingAvg, int ratingCount, int adoptionCount, List<PrizeBadge> prizes,
        SolvedProposals solvedProposals, boolean byCertifiedDeveloper) {

    static TemplateDetail of(Template t, String latestVersion, ReviewOutcome lastReview, SearchIndex.Counters counters,
            List<PrizeBadge> prizes, SolvedProposals solvedProposals, boolean byCertifiedDeveloper) {
        Long days = t.developmentStartedOn == null || t.releasedOn == null ? null
                : ChronoUnit.DAYS.between(t.developmentStartedOn, t.releasedOn);
        return new TemplateDetail(t.id, t.status, t.ownerWard, t.title, t.titleEn, t.summary, t.description,
                t.platform, t.category, t.tags, t.requirements, t.personalData, t.personalDataNote, t.reuseTerms,
                t.developmentStartedOn, t.releasedOn, days, t.hoursSavedPerYear, t.derivedFrom, t.processId, latestVersion,
                t.createdAt, t.updatedAt, t.publishedAt, t.archivedAt, lastReview, counters.ratingAvg(),
                counters.ratingCount(), counters.adoptionCount(), prizes, solvedProposals, byCertifiedDeveloper);
    }
}
