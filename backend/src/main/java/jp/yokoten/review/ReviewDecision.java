package jp.yokoten.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import jp.yokoten.common.validation.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's decision: approve, or reject with at least one structured reason. */
public record ReviewDecision(
        @NotNull @Pattern(regexp = "approve|reject", message = "must be approve or reject") @Schema(example = "reject") String decision,
        @Size(max = 5) List<@NotNull @Pattern(regexp = REASONS, message = "must be one of " + REASON_LIST) String> reasons,
        @Size(max = 2000) @PlainText(multiline = true) @Schema(example = "サンプルデータに実在の口座番号が残っています。ダミー値に置き換えて再提出してください。") String comment) {
    static final String REASONS = "personal-data|missing-description|security-setting|licence|other";
    static final String REASON_LIST = "personal-data, missing-description, security-setting, licence, other";

    public boolean approves() {
        return "approve".equals(decision);
    }
}
