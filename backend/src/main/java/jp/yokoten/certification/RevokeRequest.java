package jp.yokoten.certification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.yokoten.common.validation.PlainText;

/** Why a certification is revoked; kept with the row. */
public record RevokeRequest(@NotBlank @Size(max = 1000) @PlainText(multiline = true) String reason) {}
