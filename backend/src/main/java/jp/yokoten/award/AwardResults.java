package jp.yokoten.award;

import java.util.List;
import java.util.UUID;

/** GET /awards/{id}/results: the round and its entries in rank order (standardised). */
public record AwardResults(UUID roundId, int fiscalYear, String title, String phase, List<ResultItem> items) {}
