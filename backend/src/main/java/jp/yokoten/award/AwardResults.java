package jp.yokoten.award;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** GET /awards/{id}/results: the round and its entries in rank order (standardised). */
public record AwardResults(UUID roundId, int fiscalYear, String title, @Schema(enumeration = {AwardPhase.DRAFT, AwardPhase.OPEN, AwardPhase.JUDGING, AwardPhase.DECIDED, AwardPhase.PUBLISHED}) String phase, List<ResultItem> items) {}
