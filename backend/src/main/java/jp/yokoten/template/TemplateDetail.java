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
public record TemplateDetail(UUID id, @Schema(implementation = PublicationStatus.class) String status,
        @Schema(example = "shinagawa") String ownerWard, @Schema(example = "家賃支援給付金 申請管理") String title,
        @Schema(nullable = true, example = "Rent-support grant case management") String titleEn,
        @Schema(nullable = true, example = "給付金の申請受付から審査・支給決定までの進み具合を一件ごとに管理します（約3,200件の実績）。") String summary,
        @Schema(nullable = true, example = "## 概要\n給付金の申請ごとに受付日・審査状況・支給決定日を管理します。\n") String description,
        @Schema(example = "kintone") String platform, @Schema(example = "welfare") String category, List<String> tags,
        @Schema(nullable = true) String requirements,
        @Schema(example = "contains", enumeration = {"none", "anonymised", "contains"}) String personalData,
        @Schema(nullable = true) String personalDataNote,
        @Schema(nullable = true, example = "庁内利用に限り、改変して利用できます。") String reuseTerms,
        @Schema(nullable = true) LocalDate developmentStartedOn, @Schema(nullable = true) LocalDate releasedOn,
        @Schema(nullable = true, example = "12") Long developmentDays,
        @Schema(nullable = true, example = "900") BigDecimal hoursSavedPerYear, @Schema(nullable = true) UUID derivedFrom,
        @Schema(nullable = true) UUID processId, @Schema(nullable = true, example = "1.0.0") String latestVersion,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, @Schema(nullable = true) OffsetDateTime publishedAt,
        @Schema(nullable = true) OffsetDateTime archivedAt, @Schema(nullable = true) ReviewOutcome lastReview,
        @Schema(nullable = true, example = "4.5") BigDecimal ratingAvg, @Schema(example = "8") int ratingCount,
        @Schema(example = "5") int adoptionCount, List<PrizeBadge> prizes, SolvedProposals solvedProposals,
        boolean byCertifiedDeveloper) {

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
