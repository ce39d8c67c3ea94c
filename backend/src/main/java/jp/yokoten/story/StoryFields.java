package jp.yokoten.story;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import jp.yokoten.common.validation.PlainText;
import jp.yokoten.publication.WritingFields;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a publisher writes for a story: the body of POST /stories and the target of PATCH (merge patch).
 * The figures are yearly effects after the change; the owning ward comes from the token.
 */
public record StoryFields(
        @NotBlank @Size(max = 120) @PlainText @Schema(example = "家賃支援給付金 約3,200件をkintoneで管理") String title,
        @Size(max = 200) @PlainText @Schema(example = "Managing 3,200 rent-support grant cases") String titleEn,
        @NotBlank @Size(max = 100_000) @PlainText(multiline = true) @Schema(example = "## 取組\n申請の受付から支給決定までをkintoneの一覧で管理しました。\n\n## 効果\n約3,200件の進み具合をいつでも答えられるようになりました。\n") String body,
        @Size(max = 20) List<@NotNull UUID> templateIds,
        @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 1) @Schema(example = "900") BigDecimal hoursSavedPerYear,
        @PositiveOrZero @Max(100_000_000_000L) Long costSavedYen,
        @PositiveOrZero @Max(3650) @Schema(example = "12") Integer developmentDays,
        @PositiveOrZero @Max(10_000_000) @Schema(example = "3200") Integer residentsReached) implements WritingFields<Story> {

    static StoryFields of(Story s, List<UUID> templateIds) {
        return new StoryFields(s.title, s.titleEn, s.body, templateIds, s.hoursSavedPerYear, s.costSavedYen,
                s.developmentDays, s.residentsReached);
    }

    @Override
    public void applyTo(Story s) {
        s.write(title, titleEn, body);
        s.hoursSavedPerYear = hoursSavedPerYear;
        s.costSavedYen = costSavedYen;
        s.developmentDays = developmentDays;
        s.residentsReached = residentsReached;
    }
}
