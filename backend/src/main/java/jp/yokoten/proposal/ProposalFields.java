package jp.yokoten.proposal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import jp.yokoten.common.validation.PlainText;

/** What the author writes: the body of POST /proposals and the target of PATCH (merge patch). */
public record ProposalFields(
        @NotBlank @Size(max = 120) @PlainText String title,
        @NotBlank @Size(max = 4000) @PlainText(multiline = true) String problem,
        @NotBlank @Size(max = 4000) @PlainText(multiline = true) String idea,
        @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 1) BigDecimal expectedHoursSavedPerYear,
        @Size(max = 64) String category,
        UUID processId,
        Boolean anonymous) {

    static ProposalFields of(Proposal p) {
        return new ProposalFields(p.title, p.problem, p.idea, p.expectedHoursSavedPerYear, p.category, p.processId, p.anonymous);
    }

    void applyTo(Proposal p) {
        p.title = title.strip();
        p.problem = problem;
        p.idea = idea;
        p.expectedHoursSavedPerYear = expectedHoursSavedPerYear;
        p.category = category == null || category.isBlank() ? null : category.strip();
        p.processId = processId;
        p.anonymous = Boolean.TRUE.equals(anonymous);
    }

    /** The text the search tokens are cut from. */
    static String searchable(Proposal p) {
        return p.title + " " + p.problem + " " + p.idea;
    }
}
