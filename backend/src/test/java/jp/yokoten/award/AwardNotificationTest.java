package jp.yokoten.award;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import jp.yokoten.notification.NotificationDb;
import jp.yokoten.testing.Personas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SPEC §11: a round's move tells publishers when it opens, judges when judging starts, entrants when it is
 * published — and nobody at the other moves, never the admin who moved it.
 */
@QuarkusTest
class AwardNotificationTest {
    static final int YEAR = 2079;

    @Inject
    NotificationDb db;

    @BeforeEach
    void everyoneKnown() {
        db.reset();
        NotificationDb.introduce(Personas.STAFF_OWN, Personas.PUB_OWN, Personas.PUB_OTHER, Personas.ADMIN, AwardFixtures.JUDGE,
                AwardFixtures.EXTERNAL);
    }

    @Test
    void eachPhaseReachesItsAudience() {
        String round = AwardFixtures.round(YEAR, "open");
        assertEquals(Set.of("minato-publisher", "shinagawa-publisher"), db.recipients("award.phase", round),
                "publishers when entries open; not staff, not the admin");
        String entry = AwardFixtures.enterTemplate(round, Personas.PUB_OWN,
                AwardFixtures.publishedTemplate(Personas.PUB_OWN, "通知試験のテンプレート"));

        AwardFixtures.moveTo(round, "judging");
        assertEquals(2, db.count("SELECT count(*) FROM notification WHERE kind = 'award.phase' AND object_id = CAST(? AS uuid)"
                + " AND detail->>'status' = 'judging'", round));
        assertEquals(Set.of("sub-shinagawa-judge", "sub-external-judge"), Set.copyOf(db.strings("SELECT recipient FROM notification"
                + " WHERE kind = 'award.phase' AND object_id = CAST(? AS uuid) AND detail->>'status' = 'judging'", round)));

        AwardFixtures.moveTo(round, "decided");
        assertEquals(0, db.count("SELECT count(*) FROM notification WHERE kind = 'award.phase' AND object_id = CAST(? AS uuid)"
                + " AND detail->>'status' = 'decided'", round), "deciding is the committee's business");

        AwardFixtures.moveTo(round, "published");
        assertEquals(Set.of("sub-minato-publisher"), Set.copyOf(db.strings("SELECT recipient FROM notification"
                + " WHERE kind = 'award.phase' AND object_id = CAST(? AS uuid) AND detail->>'status' = 'published'", round)),
                "the entrant of " + entry);
    }
}
