package jp.yokoten.usage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.stats.FiscalYear;
import jp.yokoten.stats.StatsRollups;

/**
 * The append-only usage log (view, download, adopt, rate). Events are written in the transaction of the
 * action they record, so an acknowledged action never loses its event. Shown and reported counts are
 * deduplicated: one view per user, template and JST day; one download per user, version and JST day.
 */
@ApplicationScoped
public class UsageService {
    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    StatsRollups rollups;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String type, UUID templateId, String version) {
        Instant now = clock.instant();
        em.createNativeQuery("INSERT INTO usage_event (at, type, template_id, version, user_subject, ward) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).setParameter(2, type).setParameter(3, templateId)
                .setParameter(4, version).setParameter(5, user.subject()).setParameter(6, user.ward().orElse(null))
                .executeUpdate();
        if (!"view".equals(type) && !"download".equals(type)) {
            return;
        }
        int first = em.createNativeQuery("INSERT INTO usage_dedup (type, template_id, version, user_subject, day) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING")
                .setParameter(1, type).setParameter(2, templateId).setParameter(3, "view".equals(type) ? "" : version)
                .setParameter(4, user.subject()).setParameter(5, now.atZone(FiscalYear.JST).toLocalDate())
                .executeUpdate();
        if (first == 1) {
            rollups.countUsage(type, templateId, now);
        }
    }
}
