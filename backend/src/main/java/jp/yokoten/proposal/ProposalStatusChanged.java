package jp.yokoten.proposal;

import java.util.List;
import java.util.UUID;

/**
 * Fired synchronously inside the status change's transaction (SPEC §11: the author and supporters are told).
 * Carries the recipients' subjects so the notification side needs no proposal query.
 */
public record ProposalStatusChanged(UUID proposalId, String title, String fromStatus, String toStatus, String answer,
        UUID templateId, UUID duplicateOf, String authorSubject, List<String> supporterSubjects) {}
