package jp.yokoten.template.version;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.yokoten.common.validation.PlainText;

/** Why a version is withdrawn; kept with the version's history. */
public record WithdrawRequest(@NotBlank @Size(max = 1000) @PlainText(multiline = true) String reason) {}
