package jp.yokoten.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import jp.yokoten.common.validation.PlainText;

/** A status change with its answer; {@code templateId} only for solved, {@code duplicateOf} only for duplicate. */
public record ProposalStatusRequest(@NotBlank @Size(max = 32) String status,
        @Size(max = 4000) @PlainText(multiline = true) String answer, UUID templateId, UUID duplicateOf) {}
