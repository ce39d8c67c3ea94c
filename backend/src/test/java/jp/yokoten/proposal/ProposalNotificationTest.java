package jp.yokoten.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import jp.yokoten.notification.NotificationDb;
import jp.yokoten.testing.Persona;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SPEC §11: a proposal's status change reaches its author and every supporter, not the publisher who set it. */
@QuarkusTest
class ProposalNotificationTest {
    static final Persona AUTHOR = Persona.of("koto staff", "koto-staff", "koto", "staff");
    static final Persona KOTO_PUB = Persona.of("koto publisher", "koto-publisher", "koto", "staff", "publisher");
    static final Persona SUMIDA = Persona.of("sumida staff", "sumida-staff", "sumida", "staff");
    static final Persona SETAGAYA = Persona.of("setagaya staff", "setagaya-staff", "setagaya", "staff");
    static final Persona BYSTANDER = Persona.of("nerima staff", "nerima-staff", "nerima", "staff");

    @Inject
    NotificationDb db;

    @BeforeEach
    void everyoneKnown() {
        db.reset();
        NotificationDb.introduce(AUTHOR, KOTO_PUB, SUMIDA, SETAGAYA, BYSTANDER);
    }

    @Test
    void aStatusChangeReachesTheAuthorAndSupportersOnly() {
        String id = ProposalFixtures.post(AUTHOR, "防災備蓄品の在庫管理", false);
        ProposalFixtures.support(SUMIDA, id);
        ProposalFixtures.support(SETAGAYA, id);
        assertEquals(Set.of(), db.recipients("proposal.status", id), "posting and supporting tell nobody");

        ProposalFixtures.status(KOTO_PUB, id, Map.of("status", "accepted", "answer", "来年度に開発します。"));

        assertEquals(Set.of("koto-staff", "sumida-staff", "setagaya-staff"), db.recipients("proposal.status", id),
                "not the publisher who answered, not staff who never supported it");
        assertEquals(1, db.count("SELECT count(*) FROM notification WHERE object_id = CAST(? AS uuid) AND recipient = 'sub-sumida-staff'"
                + " AND detail->>'status' = 'accepted' AND detail->>'comment' = '来年度に開発します。'", id));
    }
}
