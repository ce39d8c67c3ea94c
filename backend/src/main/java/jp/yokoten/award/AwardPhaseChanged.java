package jp.yokoten.award;

import java.util.List;
import java.util.UUID;

/**
 * Fired synchronously inside the transaction that moves a round (SPEC §11): notification recipients are the
 * publishers when it opens, the judges (realm role award_committee) when judging starts, and the entrants
 * ({@code entrantSubjects}, who entered each entry) when it is published. {@code prizedSubjects}: the templates and
 * stories that won a prize, when it is published (search results show prizes from then on); empty before.
 */
public record AwardPhaseChanged(UUID roundId, int fiscalYear, String title, String from, String to,
        List<String> entrantSubjects, List<UUID> prizedSubjects) {}
