package jp.yokoten.search.memory;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import jp.yokoten.common.config.YokotenConfig;
import jp.yokoten.search.Suggestion;
import org.jboss.logging.Logger;

/**
 * This replica's in-memory search over published templates ({@link PublishedIndex}), kept current from the primary's
 * change feed on {@code template_search.changed} (V18). Fresh enough to answer when: a write this replica committed
 * ({@link #changed}) is read before the next search; a write on another replica within {@code yokoten.search.memory.poll};
 * a caller who wrote (their read-your-writes position) waits for a read that covers it. Until the first load, and
 * whenever the primary cannot be read, {@link #search} answers empty and the caller takes the SQL path.
 */
@ApplicationScoped
public class SearchMemory {
    private static final Logger LOG = Logger.getLogger(SearchMemory.class);

    @Inject
    AgroalDataSource primary;

    @Inject
    YokotenConfig config;

    private final ReentrantReadWriteLock access = new ReentrantReadWriteLock();
    private final ReentrantLock feed = new ReentrantLock();
    private final AtomicBoolean dirty = new AtomicBoolean();
    private final AtomicBoolean loading = new AtomicBoolean();
    private final AtomicLong caughtUpAt = new AtomicLong();
    private final AtomicLong answered = new AtomicLong();
    private static final int BROWSE_ANSWERS = 512;
    private static final int BATCH = 1_000; // rows per batch of a read (Rows#stream)
    private final Map<String, Searcher.Answer> browse = new ConcurrentHashMap<>();
    private volatile PublishedIndex browseFor; // the index, and its changes, the kept browse answers were computed on
    private volatile long browseAt = -1;
    private volatile PublishedIndex index;
    private volatile boolean stale = true;
    private volatile long position; // the primary's WAL position every change up to which the index holds
    private long xmin; // the previous snapshot's xmin: rows changed at or after it are read again

    void onStart(@Observes StartupEvent start) {
        if (config.search().memory().enabled()) {
            Thread.ofVirtual().name("search-memory-load").start(this::reload);
        }
    }

    /** A write to template_search committed on this replica: the next search reads it first. */
    public void changed() {
        dirty.set(true);
    }

    /** Answers {@code query} from a current index; empty when there is none (not loaded, disabled, primary unreadable). */
    public Optional<Searcher.Answer> search(Optional<String> callerPosition, Searcher.Query query) {
        return answer(callerPosition, ix -> query.hashes().length > 0 ? new Searcher(ix, query).run() : browsed(query));
    }

    /** Suggestions for a normalised prefix from a current index, as {@link #search} answers (see PublishedIndex#suggest). */
    public Optional<List<Suggestion>> suggest(Optional<String> callerPosition, String prefix, int tagLimit, int limit) {
        return answer(callerPosition, ix -> ix.suggest(prefix, tagLimit, limit));
    }

    private <T> Optional<T> answer(Optional<String> callerPosition, Function<PublishedIndex, T> question) {
        if (index == null || !config.search().memory().enabled()) {
            return Optional.empty();
        }
        // Stale means the primary failed a read: the poll retries it, so a request never waits on a primary that is down.
        if (!stale && (dirty.get() || callerPosition.map(p -> lsn(p) > position).orElse(false))) {
            catchUp();
        }
        if (stale) {
            return Optional.empty();
        }
        access.readLock().lock();
        try {
            T answer = question.apply(index);
            answered.incrementAndGet();
            return Optional.of(answer);
        } finally {
            access.readLock().unlock();
        }
    }

    /**
     * A query without words counts every published template (95,000 at the benchmark's scale, ≈ 1 ms): its answer is
     * kept until the index changes — the maintained counts of the empty query. Worded queries are always computed.
     */
    private Searcher.Answer browsed(Searcher.Query query) {
        if (browseFor != index || browseAt != index.changes) {
            browse.clear(); // read lock held: several readers may clear at once, which is harmless
            browseFor = index;
            browseAt = index.changes;
        }
        Searcher.Answer answer = browse.get(query.browseKey());
        if (answer == null) {
            answer = new Searcher(index, query).run();
            if (browse.size() < BROWSE_ANSWERS) {
                browse.put(query.browseKey(), answer);
            }
        }
        return answer;
    }

    @Scheduled(every = "${yokoten.search.memory.poll}", delayed = "${yokoten.search.memory.poll}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (!config.search().memory().enabled()) {
            return;
        }
        if (index == null || !stale && index.wasteful()) {
            reload(); // the first load failed, or dead ordinals cost more than a rebuild
        } else {
            catchUp();
        }
    }

    /** Reads what changed since the last read; one thread reads, the others wait for it and reuse its read. */
    void catchUp() {
        long asked = System.nanoTime();
        feed.lock();
        try {
            if (index == null || caughtUpAt.get() > asked && !stale) {
                return; // a read that started after this request asked has just finished
            }
            caughtUpAt.set(System.nanoTime());
            dirty.set(false); // before the read: a commit after this point marks it again
            try (Connection c = primary.getConnection()) {
                long at = lsn(c);
                xmin = Rows.stream(c, Rows.CHANGED, xmin, index, BATCH, access.writeLock());
                position = at;
                stale = false;
            }
        } catch (SQLException e) {
            if (!stale) {
                LOG.warnf("search memory: the primary could not be read (%s); searches use SQL until it can", e.getMessage());
            }
            stale = true;
        } finally {
            feed.unlock();
        }
    }

    /** Builds a new index from every published row, then swaps it in and catches up from its snapshot. */
    void reload() {
        if (!loading.compareAndSet(false, true)) {
            return;
        }
        try (Connection c = primary.getConnection()) {
            long at = lsn(c);
            PublishedIndex fresh = new PublishedIndex();
            long started = System.nanoTime();
            // a lock of its own: the fresh index is not visible yet, so searches on the current one need not wait
            long snapshotXmin = Rows.stream(c, Rows.PUBLISHED, null, fresh, BATCH, new ReentrantLock());
            fresh.trim();
            feed.lock();
            try {
                access.writeLock().lock();
                try {
                    index = fresh;
                    xmin = snapshotXmin;
                    position = at;
                } finally {
                    access.writeLock().unlock();
                }
            } finally {
                feed.unlock();
            }
            LOG.infof("search memory: %d published templates loaded in %d ms", fresh.liveCount(), (System.nanoTime() - started) / 1_000_000);
            catchUp();
        } catch (SQLException e) {
            LOG.warnf("search memory: loading failed (%s); searches use SQL, the next poll tries again", e.getMessage());
        } finally {
            loading.set(false);
        }
    }

    /** How many searches and suggestions this replica answered from memory (the others ran as SQL). */
    public long answered() {
        return answered.get();
    }

    /** The template's adoption count as the index holds it (tests: is a change in?); -1 when not indexed. */
    int adoptionsOf(java.util.UUID id) {
        access.readLock().lock();
        try {
            Integer o = index == null ? null : index.ordinal(id);
            return o == null ? -1 : index.adoptions[o];
        } finally {
            access.readLock().unlock();
        }
    }

    private static long lsn(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT pg_current_wal_lsn()::text"); ResultSet rs = st.executeQuery()) {
            rs.next();
            return lsn(rs.getString(1));
        }
    }

    /** A WAL position's text form ({@code 16/B374D848}) as a number that orders like it. */
    static long lsn(String text) {
        int slash = text.indexOf('/');
        return slash < 0 ? -1 : (Long.parseLong(text.substring(0, slash), 16) << 32) | Long.parseLong(text.substring(slash + 1), 16);
    }
}
