package jp.yokoten.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.Problem;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;

/**
 * The story index ({@code story_search}) and its search: same tokeniser and normalisation as template search,
 * every word must match, newest first; page rows are read as projections together with the total, in one
 * statement ({@link WritingIndex}). Visibility is part of the statement, so hidden stories never reach items or counts.
 */
@ApplicationScoped
public class StorySearch {
    @Inject
    WritingIndex index;

    /** Keeps the story's index row in step, inside the writer's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void upsert(UUID id, String status, String ownerWard, OffsetDateTime publishedAt, String text) {
        index.upsert(new Sql("""
                INSERT INTO story_search (story_id, status, owner_ward, published_at, tokens)
                VALUES (?, ?, ?, ?, yokoten_token_hashes(?))
                ON CONFLICT (story_id) DO UPDATE SET status = excluded.status, published_at = excluded.published_at,
                    tokens = excluded.tokens""", id, status, ownerWard, publishedAt, text));
    }

    /** Stories the caller may see, newest first; optional words, ward, linked template and status. */
    public Page<StorySummary> search(String q, String ward, String template, String status, PageRequest paging) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String st = index.status(status, errors);
        index.ward(ward, errors);
        UUID templateId = index.template(template, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput("Invalid search parameters.", errors);
        }
        return index.read("Story", c -> index.page(c, "story",
                "p.hours_saved_per_year, p.cost_saved_yen, p.development_days, p.residents_reached",
                index.where("story", st, index.tokens(c, q), ward, templateId), paging,
                rs -> new StorySummary(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getBigDecimal(7), (Long) rs.getObject(8), (Integer) rs.getObject(9),
                        (Integer) rs.getObject(10), rs.getObject(11, OffsetDateTime.class))));
    }
}
