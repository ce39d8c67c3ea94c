package jp.yokoten.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The statistics rollups, maintained inside the writer's transaction: usage counts are incremented per
 * deduplicated event, adoption figures of one template and year are recomputed from its adoptions
 * (a few rows), so no statistics request rescans the usage log.
 */
@ApplicationScoped
public class StatsRollups {
    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void countUsage(String type, UUID templateId, Instant at) {
        String column = switch (type) {
            case "view" -> "views";
            case "download" -> "downloads";
            default -> throw new IllegalArgumentException(type);
        };
        em.createNativeQuery("INSERT INTO stats_template_fy (fiscal_year, template_id, " + column + ") VALUES (?1, ?2, 1) "
                        + "ON CONFLICT (fiscal_year, template_id) DO UPDATE SET " + column + " = stats_template_fy." + column + " + 1")
                .setParameter(1, FiscalYear.of(at).year()).setParameter(2, templateId).executeUpdate();
        LocalDate month = at.atZone(FiscalYear.JST).toLocalDate().withDayOfMonth(1);
        // one of 16 slots per month, picked by the connection's backend: concurrent writers rarely share a row
        em.createNativeQuery("INSERT INTO stats_month (month, type, slot, count) VALUES (?1, ?2, pg_backend_pid() % 16, 1) "
                        + "ON CONFLICT (month, type, slot) DO UPDATE SET count = stats_month.count + 1")
                .setParameter(1, month).setParameter(2, type).executeUpdate();
    }

    /** A newly published template appears in its year's per-template figures even before any use. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ensureYear(UUID templateId, FiscalYear year) {
        em.createNativeQuery("INSERT INTO stats_template_fy (fiscal_year, template_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, year.year()).setParameter(2, templateId).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refreshAdoptions(UUID templateId, FiscalYear year) {
        ensureYear(templateId, year);
        em.createNativeQuery("""
                UPDATE stats_template_fy s SET adoptions = a.n, cross_ward_adoptions = a.cross, hours_measured = a.hours
                FROM (SELECT count(*) AS n, count(*) FILTER (WHERE cross_ward) AS cross, coalesce(sum(hours_saved_per_year), 0) AS hours
                      FROM adoption WHERE template_id = ?1 AND adopted_on >= ?2 AND adopted_on < ?3) a
                WHERE s.fiscal_year = ?4 AND s.template_id = ?1""")
                .setParameter(1, templateId).setParameter(2, year.firstDay()).setParameter(3, year.endDay())
                .setParameter(4, year.year()).executeUpdate();
    }
}
