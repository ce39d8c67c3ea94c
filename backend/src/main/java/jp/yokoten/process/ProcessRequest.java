package jp.yokoten.process;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.yokoten.common.validation.PlainText;

/** Name of a common business process, Japanese required. */
public record ProcessRequest(@NotBlank @Size(max = 100) @PlainText String nameJa, @Size(max = 200) @PlainText String nameEn) {}
