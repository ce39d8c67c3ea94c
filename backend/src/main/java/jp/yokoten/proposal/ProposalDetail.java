package jp.yokoten.proposal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A proposal as GET /proposals/{id} shows it: the text as written (plain text), counts, the wards behind it,
 * the answer with the solving template or the kept proposal, and the status history oldest first.
 */
public record ProposalDetail(UUID id, String title, String problem, String idea,
        @Schema(nullable = true) BigDecimal expectedHoursSavedPerYear, @Schema(nullable = true) String category,
        @Schema(nullable = true) UUID processId, boolean anonymous, String authorWard,
        @Schema(nullable = true) String authorName, boolean mine,
        @Schema(enumeration = {ProposalStatus.OPEN, ProposalStatus.ACCEPTED, ProposalStatus.IN_DEVELOPMENT, ProposalStatus.SOLVED, ProposalStatus.DECLINED, ProposalStatus.DUPLICATE}) String status,
        @Schema(nullable = true) String answer, @Schema(nullable = true) LinkedTemplate template,
        @Schema(nullable = true) UUID duplicateOf, int supporters, int supportingWards, List<String> wards,
        boolean supportedByMe, boolean editable, boolean answerable, OffsetDateTime createdAt, OffsetDateTime updatedAt,
        List<StatusChange> history) {

    /** The solving template: enough to show and link it. */
    public record LinkedTemplate(UUID id, String title, String ownerWard) {}

    /** One step of the history; the name of who set it is a publisher's or operator's, never anonymous. */
    public record StatusChange(String fromStatus, String toStatus, @Schema(nullable = true) String answer,
            @Schema(nullable = true) UUID templateId, @Schema(nullable = true) UUID duplicateOf, String byName,
            @Schema(nullable = true) String byWard, OffsetDateTime at) {}
}
