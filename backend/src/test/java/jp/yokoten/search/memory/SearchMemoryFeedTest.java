package jp.yokoten.search.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import jp.yokoten.search.TemplateSummary;
import jp.yokoten.search.Tokeniser;
import jp.yokoten.template.TemplateFixtures;
import org.junit.jupiter.api.Test;

/**
 * The change feed misses nothing: a row written by a transaction that was still open when a catch-up took its snapshot
 * (so that catch-up could not see it) is read by the next one, because reads start again at the snapshot's xmin — also
 * once the catch-up statement is server-prepared (its int arrays then came back binary and read as empty before the
 * feed asked for them as text) — and a read streams in batches without losing a row at their boundaries.
 */
@QuarkusTest
class SearchMemoryFeedTest {
    @Inject
    SearchMemory memory;

    @Inject
    AgroalDataSource db;

    @Test
    void aWriteCommittedAfterACatchUpTookItsSnapshotIsReadByTheNextOne() throws Exception {
        String word = "ゑゐ" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "q");
        UUID id = UUID.fromString(TemplateFixtures.draft(TemplateFixtures.KOTO_PUBLISHER, word + " 名簿").publish().id);
        memory.reload(); // loaded now, whether or not the start-up load has finished
        for (int i = 0; i < 12; i++) {
            memory.catchUp(); // past the driver's prepare threshold (5): the catch-up then runs server-prepared, binary results
        }
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
        int[] hashes = Tokeniser.query(word).stream().flatMap(List::stream).mapToInt(Tokeniser::hashtext).distinct().toArray();
        Searcher.Answer found = memory.search(Optional.empty(), new Searcher.Query(hashes, null, null, null, null, null, "relevance", 0, 20))
                .orElseThrow();
        assertEquals(List.of(id), found.page().stream().map(TemplateSummary::id).toList(), "its words are indexed, not only its counters");
    }

    /** A read streams in batches (a bulk change must not arrive as one result): every row arrives, at every batch size. */
    @Test
    void aReadInBatchesMissesNoRowAtTheBatchBoundaries() throws Exception {
        for (int i = 0; i < 3; i++) {
            TemplateFixtures.draft(TemplateFixtures.KOTO_PUBLISHER, "一括 " + i + " 名簿").publish();
        }
        try (Connection c = db.getConnection()) {
            long published;
            try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM template_search WHERE status = 'published'");
                 ResultSet rs = st.executeQuery()) {
                rs.next();
                published = rs.getLong(1);
            }
            for (int batch : new int[] {1, 2, 7, 1_000}) {
                PublishedIndex loaded = new PublishedIndex();
                long xmin = Rows.stream(c, Rows.PUBLISHED, null, loaded, batch, new ReentrantLock());
                assertEquals(published, loaded.liveCount(), "a full load in batches of " + batch);
                assertTrue(xmin > 0, "the snapshot's xmin");
                PublishedIndex caughtUp = new PublishedIndex();
                Rows.stream(c, Rows.CHANGED, 0L, caughtUp, batch, new ReentrantLock());
                assertEquals(published, caughtUp.liveCount(), "a catch-up over every change in batches of " + batch);
            }
        }
    }
}
