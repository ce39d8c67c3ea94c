package jp.yokoten.certification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import jp.yokoten.common.validation.PlainText;

/**
 * A certification to record. {@code ward} is required for operators and defaults to a publisher's own ward; no
 * e-mail and no employee number are asked for (SPEC §10: minimal personal data).
 */
public record CertificationRequest(
        @Size(max = 64) String ward,
        @Size(max = 255) @PlainText String subject,
        @NotBlank @Size(max = 100) @PlainText String displayName,
        @Size(max = 100) @PlainText String department,
        @NotNull @Pattern(regexp = "basic|advanced", message = "must be basic or advanced") String level,
        @NotNull LocalDate certifiedOn,
        LocalDate expiresOn) {}
