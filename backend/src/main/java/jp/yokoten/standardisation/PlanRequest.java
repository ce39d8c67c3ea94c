package jp.yokoten.standardisation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import jp.yokoten.common.validation.PlainText;

/** A ward's declared plan for a common process: the target date (today or later, JST) and a note. */
public record PlanRequest(@NotNull LocalDate targetOn, @Size(max = 2000) @PlainText(multiline = true) String note) {}
