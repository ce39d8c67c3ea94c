package jp.yokoten.proposal;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A proposal in a list. {@code authorName} is null when the proposal is anonymous and the caller may not know it. */
public record ProposalSummary(UUID id, String title,
        @Schema(enumeration = {ProposalStatus.OPEN, ProposalStatus.ACCEPTED, ProposalStatus.IN_DEVELOPMENT, ProposalStatus.SOLVED, ProposalStatus.DECLINED, ProposalStatus.DUPLICATE}) String status,
        String authorWard, @Schema(nullable = true) String authorName, boolean anonymous,
        @Schema(nullable = true) String category, int supporters, int supportingWards, boolean supportedByMe, boolean mine,
        OffsetDateTime createdAt) {}
