package jp.yokoten.notification;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import jp.yokoten.testing.Persona;
import jp.yokoten.user.PortalUsers;

/** Test access to the notification tables: a clean slate, who got what, and notices written directly. */
@ApplicationScoped
public class NotificationDb {
    @Inject
    AgroalDataSource dataSource;

    @Inject
    PortalUsers users;

    @Inject
    Notifier notifier;

    /** Empties the tables and the "seen today" memory, so exactly the users a test introduces exist. */
    public void reset() {
        update("UPDATE notification SET digest_id = NULL");
        update("DELETE FROM mail_outbox");
        update("DELETE FROM notification");
        update("DELETE FROM portal_user");
        users.forgetAll();
    }

    /** Makes the personas known to the portal the way real use does: one request each. */
    public static void introduce(Persona... personas) {
        for (Persona p : personas) {
            p.request().get("/api/v1/me").then().statusCode(200);
        }
    }

    /** Logins (persona user names) that received a notification of this kind about this object. */
    public Set<String> recipients(String kind, String objectId) {
        Set<String> logins = new TreeSet<>();
        for (String subject : strings("SELECT recipient FROM notification WHERE kind = ? AND object_id = CAST(? AS uuid)", kind, objectId)) {
            logins.add(subject.substring("sub-".length()));
        }
        return logins;
    }

    public long count(String sql, Object... args) {
        return Long.parseLong(strings(sql, args).get(0));
    }

    /** A notice about a made-up object to one persona, committed (as an event's transaction would). */
    public UUID notifyDirect(Persona to, String title) {
        UUID object = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> notifier.notify(new Notice("template.rated", "template", object, title,
                "/templates/" + object, "sub-someone-else", "誰か", new NotificationDetail(null, null, "便利です", 4, null)),
                Audience.subject(to.subject())));
        return UUID.fromString(strings("SELECT id FROM notification WHERE object_id = CAST(? AS uuid)", object.toString()).get(0));
    }

    public List<String> strings(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void update(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
