package jp.yokoten.proposal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import jp.yokoten.common.validation.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the author writes: the body of POST /proposals and the target of PATCH (merge patch). */
public record ProposalFields(
        @NotBlank @Size(max = 120) @PlainText @Schema(example = "保育所入所申請の入力をAI-OCRで減らしたい") String title,
        @NotBlank @Size(max = 4000) @PlainText(multiline = true) @Schema(example = "4月入所の申請書を毎年職員が手で入力しており、2月から3月に残業が集中しています。") String problem,
        @NotBlank @Size(max = 4000) @PlainText(multiline = true) @Schema(example = "板橋区の保育入所申請 AI-OCR 読取設定を使い、申請書を読み取って入所調整表に取り込みます。") String idea,
        @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 1) @Schema(example = "743") BigDecimal expectedHoursSavedPerYear,
        @Size(max = 64) @Schema(example = "childcare") String category,
        @Schema(example = "7c1e3f8a-0001-4000-8000-000000000001") UUID processId,
        @Schema(example = "false") Boolean anonymous) {

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
