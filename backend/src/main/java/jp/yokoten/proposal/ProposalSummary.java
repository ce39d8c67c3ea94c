package jp.yokoten.proposal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A proposal in a list. {@code authorName} is null when the proposal is anonymous and the caller may not know it. */
public record ProposalSummary(UUID id, String title, String status, String authorWard, String authorName, boolean anonymous,
        String category, int supporters, int supportingWards, boolean supportedByMe, boolean mine, OffsetDateTime createdAt) {}
