package jp.yokoten.template;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.yokoten.common.validation.PlainText;
import jp.yokoten.publication.Fields;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fields a publisher writes: the body of POST /templates and, as JSON merge patch target, of PATCH.
 * The owning ward and the status are deliberately absent: they come from the token and the workflow.
 */
public record TemplateFields(
        @NotBlank @Size(max = 120) @PlainText @Schema(example = "家賃支援給付金 申請管理") String title,
        @Size(max = 200) @PlainText @Schema(example = "Rent-support grant case management") String titleEn,
        @Size(max = 200) @PlainText @Schema(example = "給付金の申請受付から審査・支給決定までの進み具合を一件ごとに管理します（約3,200件の実績）。") String summary,
        @Size(max = 20000) @PlainText(multiline = true) String description,
        @NotBlank @Schema(example = "kintone") String platform,
        @NotBlank @Schema(example = "welfare") String category,
        @Size(max = 10) List<@NotBlank @Size(max = 30) @PlainText String> tags,
        @Size(max = 2000) @PlainText(multiline = true) @Schema(example = "kintone スタンダードコース") String requirements,
        @NotNull @Pattern(regexp = "none|anonymised|contains", message = "must be none, anonymised or contains") @Schema(example = "contains") String personalData,
        @Size(max = 1000) @PlainText(multiline = true) @Schema(example = "申請者の氏名・住所・口座番号を扱うため、閲覧は担当課に限ります。") String personalDataNote,
        @Size(max = 2000) @PlainText(multiline = true) @Schema(example = "庁内利用に限り、改変して利用できます。") String reuseTerms,
        @Schema(example = "2025-06-07") LocalDate developmentStartedOn,
        @Schema(example = "2025-06-19") LocalDate releasedOn,
        @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 1) @Schema(example = "900") BigDecimal hoursSavedPerYear,
        UUID derivedFrom,
        UUID processId) implements Fields<Template> {

    static TemplateFields of(Template t) {
        return new TemplateFields(t.title, t.titleEn, t.summary, t.description, t.platform, t.category, t.tags,
                t.requirements, t.personalData, t.personalDataNote, t.reuseTerms, t.developmentStartedOn,
                t.releasedOn, t.hoursSavedPerYear, t.derivedFrom, t.processId);
    }

    @Override
    public void applyTo(Template t) {
        t.title = title.strip();
        t.titleEn = blankToNull(titleEn);
        t.summary = blankToNull(summary);
        t.description = description;
        t.platform = platform;
        t.category = category;
        t.tags = tags == null ? List.of() : tags.stream().map(String::strip).distinct().toList();
        t.requirements = requirements;
        t.personalData = personalData;
        t.personalDataNote = blankToNull(personalDataNote);
        t.reuseTerms = reuseTerms;
        t.developmentStartedOn = developmentStartedOn;
        t.releasedOn = releasedOn;
        t.hoursSavedPerYear = hoursSavedPerYear;
        t.derivedFrom = derivedFrom;
        t.processId = processId;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
