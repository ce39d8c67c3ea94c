package jp.yokoten.proposal;

import java.util.List;
import java.util.UUID;

/** What the form shows while a title is typed: proposals to support and published templates that may already do it. */
public record SimilarItems(List<ProposalSummary> proposals, List<SimilarTemplate> templates) {
    public record SimilarTemplate(UUID id, String title, String ownerWard) {}
}
