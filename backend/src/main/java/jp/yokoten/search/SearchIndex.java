package jp.yokoten.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.yokoten.award.AwardPhaseChanged;
import jp.yokoten.search.memory.SearchMemory;
import org.hibernate.Session;

/**
 * Keeps {@code template_search} in step with templates, ratings and adoptions inside the writer's
 * transaction, so search and its sorts never recount the world per request.
 */
@ApplicationScoped
public class SearchIndex {
    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    SearchMemory memory;

    /** After the writer's commit (not before: a rolled-back write must not be read), this replica's memory reads it. */
    private void changed() {
        if (transactions.getResource(SearchMemory.class) == null) {
            transactions.putResource(SearchMemory.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        memory.changed();
                    }
                }
            });
        }
    }

    /** Counters shown with a template: rating average and count, number of adopting wards. */
    public record Counters(BigDecimal ratingAvg, int ratingCount, int adoptionCount) {
        public static final Counters NONE = new Counters(null, 0, 0);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void upsert(SearchDocument d) {
        em.flush(); // the template row must exist before its index row refers to it
        changed();
        String text = String.join(" ", nz(d.title()), nz(d.titleEn()), nz(d.summary()), nz(d.description()), String.join(" ", d.tags()));
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO template_search (template_id, status, owner_ward, platform, category, tags, title_tokens, published_at,
                                                 process_id, tokens, tag_tokens, summary_tokens, title_norm)
                    VALUES (?, ?, ?, ?, ?, ARRAY(SELECT yokoten_normalize(x) FROM unnest(?::text[]) x), yokoten_tokens(?), ?, ?,
                            yokoten_token_hashes(?), yokoten_token_hashes(?), yokoten_token_hashes(?), yokoten_normalize(?))
                    ON CONFLICT (template_id) DO UPDATE SET status = excluded.status, platform = excluded.platform,
                        process_id = excluded.process_id, category = excluded.category, tags = excluded.tags,
                        title_tokens = excluded.title_tokens, published_at = excluded.published_at, tokens = excluded.tokens,
                        tag_tokens = excluded.tag_tokens, summary_tokens = excluded.summary_tokens, title_norm = excluded.title_norm""")) {
                s.setObject(1, d.id());
                s.setString(2, d.status());
                s.setString(3, d.ownerWard());
                s.setString(4, d.platform());
                s.setString(5, d.category());
                s.setArray(6, c.createArrayOf("text", d.tags().toArray()));
                s.setString(7, nz(d.title()) + " " + nz(d.titleEn()));
                s.setTimestamp(8, d.publishedAt() == null ? null : Timestamp.from(d.publishedAt().toInstant()));
                s.setObject(9, d.processId());
                s.setString(10, text);
                s.setString(11, String.join(" ", d.tags()));
                s.setString(12, nz(d.summary()));
                s.setString(13, nz(d.title()));
                s.executeUpdate();
            }
        });
    }

    /**
     * Prizes show in search results once their round is published: the prized templates' rows are written again (the
     * trigger of V18 stamps them), so every replica's search memory reads their prizes with its next read of the feed.
     */
    void onAwardPhase(@Observes AwardPhaseChanged e) {
        if (!e.prizedSubjects().isEmpty()) {
            changed();
            em.createNativeQuery("UPDATE template_search SET changed = pg_current_xact_id() WHERE template_id IN (?1)")
                    .setParameter(1, e.prizedSubjects()).executeUpdate();
        }
    }

    /** Locks the template's counters row: concurrent raters of one template then take turns. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockCounters(UUID templateId) {
        em.createNativeQuery("SELECT 1 FROM template_search WHERE template_id = ?1 FOR UPDATE")
                .setParameter(1, templateId).getResultList();
    }

    /** Recomputes the rating aggregate from the ratings of one template (a handful of rows). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refreshRatings(UUID templateId) {
        changed();
        em.createNativeQuery("""
                UPDATE template_search s SET rating_count = r.n, rating_avg = r.avg
                FROM (SELECT count(*) AS n, round(avg(stars), 2) AS avg FROM rating WHERE template_id = ?1) r
                WHERE s.template_id = ?1""").setParameter(1, templateId).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void setAdoptionCount(UUID templateId, int count) {
        changed();
        em.createNativeQuery("UPDATE template_search SET adoption_count = ?1 WHERE template_id = ?2")
                .setParameter(1, count).setParameter(2, templateId).executeUpdate();
    }

    public Counters counters(UUID templateId) {
        return counters(List.of(templateId)).getOrDefault(templateId, Counters.NONE);
    }

    /** Counters of many templates in one query (a result page). */
    public Map<UUID, Counters> counters(Collection<UUID> templateIds) {
        Map<UUID, Counters> result = new HashMap<>();
        if (templateIds.isEmpty()) {
            return result;
        }
        List<?> rows = em.createNativeQuery("SELECT template_id, rating_avg, rating_count, adoption_count FROM template_search WHERE template_id IN (?1)")
                .setParameter(1, templateIds).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            result.put((UUID) r[0], new Counters((BigDecimal) r[1], ((Number) r[2]).intValue(), ((Number) r[3]).intValue()));
        }
        return result;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
