package jp.yokoten.standardisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.yokoten.adoption.AdoptionService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The board and overview answers (records only). */
public final class BoardViews {
    private BoardViews() {}

    /**
     * One ward on a process's board: {@code status} production | trial | planned | not_started; the adoption behind
     * it (template, date, source ward | hearing) and the declared plan, when there is one.
     */
    public record WardCell(String ward, String wardNameJa, String wardNameEn,
            @Schema(enumeration = {"production", "trial", BoardReads.PLANNED, BoardReads.NOT_STARTED}) String status,
            @Schema(nullable = true) UUID templateId, @Schema(nullable = true) String templateTitle,
            @Schema(nullable = true) LocalDate adoptedOn,
            @Schema(nullable = true, enumeration = {AdoptionService.SOURCE_WARD, AdoptionService.SOURCE_HEARING}) String source,
            @Schema(nullable = true) LocalDate planTargetOn, @Schema(nullable = true) String planNote) {
        static final String[] CSV_HEADER = {"ward", "ward_name_ja", "ward_name_en", "status", "template_id", "template_title",
            "adopted_on", "source", "plan_target_on", "plan_note"};

        Object[] csvRow() {
            return new Object[] {ward, wardNameJa, wardNameEn, status, templateId, templateTitle, adoptedOn, source, planTargetOn, planNote};
        }
    }

    /**
     * A process's figures. {@code wardRate} = (production + trial) / wards. {@code standardised} is the KPI's rule: one
     * template of the process adopted (not discontinued) by at least {@code threshold} wards; {@code leadingTemplateWards}
     * is that template's ward count.
     */
    public record ProcessFigures(UUID processId, String nameJa, @Schema(nullable = true) String nameEn, int projects,
            int production, int trial, int planned, int notStarted, int hearing, @Schema(nullable = true) BigDecimal wardRate,
            int leadingTemplateWards, boolean standardised) {
        static final String[] CSV_HEADER = {"process_id", "name_ja", "name_en", "projects", "production", "trial", "planned",
            "not_started", "hearing", "ward_rate", "leading_template_wards", "standardised"};

        Object[] csvRow() {
            return new Object[] {processId, nameJa, nameEn, projects, production, trial, planned, notStarted, hearing, wardRate,
                leadingTemplateWards, standardised};
        }
    }

    /** A standard template of one of the process's projects. */
    public record BoardTemplate(UUID id, String title, String ownerWard) {}

    /** GET /processes/{id}/board, with the standard templates the statuses derive from. */
    public record Board(int fiscalYear, int threshold, ProcessFigures figures, List<WardCell> wards, List<BoardTemplate> templates) {}

    /** GET /standardisation: {@code rate} = standardised / processes, the KPI report's standardisationRate. */
    public record Overview(int fiscalYear, int threshold, int processes, int standardisedProcesses,
            @Schema(nullable = true) BigDecimal rate, List<ProcessFigures> items) {}
}
