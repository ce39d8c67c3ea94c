package jp.yokoten.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.yokoten.common.validation.PlainText;

/** Why a finding is acceptable, in the publisher's words (for example 「架空の氏名と生年月日のサンプルです」). */
public record Justification(@NotBlank @Size(max = 2000) @PlainText(multiline = true) String justification) {}
