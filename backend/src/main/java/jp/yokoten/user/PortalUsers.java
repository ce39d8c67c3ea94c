package jp.yokoten.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.security.CurrentUser;

/**
 * The portal_user table: who has used the portal, with what ward, roles and e-mail their token carried.
 * A per-replica memory of who was recorded today keeps the write to once per user and JST day.
 */
@ApplicationScoped
public class PortalUsers {
    /** Beyond this many remembered users the memory starts afresh (costs one upsert per user, nothing else). */
    private static final int MAX_REMEMBERED = 100_000;

    private record Seen(LocalDate day, String fingerprint) {}

    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    @Inject
    EntityManager em;

    public static PortalUser of(CurrentUser user) {
        return new PortalUser(user.subject(), user.displayName(), user.ward().orElse(null), List.copyOf(user.roles()),
                user.email().orElse(null));
    }

    /** Whether {@link #record} would write: the user is unknown today or their token's facts changed. */
    public boolean stale(PortalUser u) {
        Seen s = seen.get(u.subject());
        return s == null || !s.day().equals(Clocks.today()) || !s.fingerprint().equals(u.fingerprint());
    }

    @Transactional
    public void record(PortalUser u) {
        em.createNativeQuery("""
                INSERT INTO portal_user (subject, name, ward, roles, email, last_seen_at)
                VALUES (?1, ?2, ?3, string_to_array(?4, ','), ?5, ?6)
                ON CONFLICT (subject) DO UPDATE SET name = EXCLUDED.name, ward = EXCLUDED.ward, roles = EXCLUDED.roles,
                    email = EXCLUDED.email, last_seen_at = EXCLUDED.last_seen_at""")
                .setParameter(1, u.subject()).setParameter(2, u.name()).setParameter(3, u.ward())
                .setParameter(4, String.join(",", u.roles())).setParameter(5, u.email()).setParameter(6, Clocks.now())
                .executeUpdate();
        if (seen.size() > MAX_REMEMBERED) {
            seen.clear();
        }
        seen.put(u.subject(), new Seen(Clocks.today(), u.fingerprint()));
    }

    /** Records the caller if this replica has not done so today. */
    public void touch(CurrentUser user) {
        PortalUser u = of(user);
        if (stale(u)) {
            record(u);
        }
    }

    /** Forgets who was recorded, so the next request of each user writes again (tests that empty the table). */
    public void forgetAll() {
        seen.clear();
    }
}
