package jp.yokoten.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import jp.yokoten.common.validation.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A milestone: what, by when, and when it was reached (empty while open). Dates lie in 2000..2100 (DateRange). */
public record ProjectMilestone(@NotBlank @Size(max = 200) @PlainText String title, @NotNull LocalDate dueOn,
        @Schema(nullable = true) LocalDate doneOn) {}
