package jp.yokoten.search.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import jp.yokoten.template.TemplateFixtures;
import org.junit.jupiter.api.Test;

/**
 * The change feed misses nothing: a row written by a transaction that was still open when a catch-up took its snapshot
 * (so that catch-up could not see it) is read by the next one, because reads start again at the snapshot's xmin.
 */
@QuarkusTest
class SearchMemoryFeedTest {
    @Inject
    SearchMemory memory;

    @Inject
    AgroalDataSource db;

    @Test
    void aWriteCommittedAfterACatchUpTookItsSnapshotIsReadByTheNextOne() throws Exception {
        UUID id = UUID.fromString(TemplateFixtures.published(TemplateFixtures.KOTO_PUBLISHER).id);
        memory.reload(); // loaded now, whether or not the start-up load has finished
        assertEquals(0, memory.adoptionsOf(id), "published, not yet adopted");
        try (Connection late = db.getConnection()) {
            late.setAutoCommit(false);
            try (PreparedStatement st = late.prepareStatement("UPDATE template_search SET adoption_count = 7 WHERE template_id = ?")) {
                st.setObject(1, id);
                st.executeUpdate();
            }
            memory.catchUp(); // the update is in flight: invisible to this snapshot
            assertEquals(0, memory.adoptionsOf(id));
            late.commit();
        }
        memory.catchUp();
        assertEquals(7, memory.adoptionsOf(id), "the late commit was read on the next catch-up");
    }
}
