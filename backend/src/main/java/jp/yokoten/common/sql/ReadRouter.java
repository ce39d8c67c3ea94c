package jp.yokoten.common.sql;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import jp.yokoten.common.config.YokotenConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Chooses where a read that may lag runs (search, suggestions, story search, statistics and their CSV): the
 * streaming replica (datasource {@code reads}, {@code YOKOTEN_READ_DB_URL}) when one is configured, answering, and
 * has replayed the caller's own last write ({@link ReadYourWrites}); the primary otherwise. A replica that fails to
 * answer is skipped for {@code yokoten.reads.replica-pause}, so while it is down each request costs nothing extra.
 * A search, suggestion or statistics read ({@link #read}) that loses the replica mid-query (replica stopped, recovery
 * conflict) runs again on the primary, a CSV export only until its first byte (stats/StatsService#templatesCsv); a story
 * search ({@link #connection}) does not (that request answers 503 or 500 once, the next goes to the primary). Inside a transaction
 * every read stays on the primary, where the transaction's own writes are.
 */
@ApplicationScoped
public class ReadRouter {
    private static final Logger LOG = Logger.getLogger(ReadRouter.class);

    /** One read; it may run twice (replica, then primary), so it must not write. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException, IOException;
    }

    /** Where a read ran, for logs and tests. */
    public enum Target { REPLICA, PRIMARY }

    @Inject
    AgroalDataSource primary;

    @Inject
    @DataSource("reads")
    AgroalDataSource replica;

    @Inject
    ReadYourWrites ownWrites;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String primaryUrl;

    @ConfigProperty(name = "quarkus.datasource.reads.jdbc.url")
    String replicaUrl;

    @Inject
    YokotenConfig config;

    /** Epoch millis until which the replica is skipped after a failure (0: not skipped). */
    private final AtomicLong skipUntil = new AtomicLong();

    /** True when reads have a replica of their own; unset, {@code reads} names the primary and is never opened. */
    public boolean replicaConfigured() {
        return !replicaUrl.equals(primaryUrl);
    }

    /** Runs one read where it may lag; a replica lost mid-read sends it to the primary. */
    public <T> T read(Work<T> work) throws SQLException, IOException {
        if (useReplica()) {
            Connection c = replicaConnection();
            if (c != null) {
                try (c) {
                    return work.run(c);
                } catch (SQLException e) {
                    if (!lost(e)) {
                        throw e;
                    }
                    if (!conflict(e)) {
                        skip(e);
                    }
                }
            }
        }
        try (Connection c = primary.getConnection()) {
            return work.run(c);
        }
    }

    /** A connection chosen like {@link #read} for a read that is not retried when the replica is lost (story search). */
    public Connection connection() throws SQLException {
        Connection c = useReplica() ? replicaConnection() : null;
        return c != null ? c : primary.getConnection();
    }

    /** Where the next read of this request would run (without opening anything on the primary). */
    public Target target() throws SQLException {
        if (useReplica()) {
            Connection c = replicaConnection();
            if (c != null) {
                c.close();
                return Target.REPLICA;
            }
        }
        return Target.PRIMARY;
    }

    /** The primary's current WAL position after a write (text form such as {@code 0/16B3748}), if it answers. */
    public Optional<String> primaryPosition() {
        try (Connection c = primary.getConnection(); PreparedStatement st = c.prepareStatement("SELECT pg_current_wal_lsn()::text");
                ResultSet rs = st.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            LOG.warnf("could not read the primary's WAL position after a write: %s", e.getMessage());
            return Optional.empty();
        }
    }

    private boolean useReplica() {
        return replicaConfigured() && System.currentTimeMillis() >= skipUntil.get() && transactions.getTransactionKey() == null;
    }

    /** A replica connection that has replayed the caller's last write, or null (replica down, skipped or behind). */
    private Connection replicaConnection() {
        Connection c;
        try {
            c = replica.getConnection();
        } catch (SQLException e) {
            skip(e);
            return null;
        }
        try {
            if (caughtUp(c)) {
                return c;
            }
            c.close();
            return null;
        } catch (SQLException e) {
            close(c);
            skip(e);
            return null;
        }
    }

    /** No own write to wait for, or the replica has replayed past it; NULL (not a standby) counts as behind. */
    private boolean caughtUp(Connection c) throws SQLException {
        Optional<String> lsn = Arc.container().requestContext().isActive() ? ownWrites.position() : Optional.empty();
        if (lsn.isEmpty()) {
            return true;
        }
        try (PreparedStatement st = c.prepareStatement("SELECT coalesce(pg_last_wal_replay_lsn() >= ?::pg_lsn, false)")) {
            st.setString(1, lsn.get());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private void skip(SQLException e) {
        long now = System.currentTimeMillis();
        if (skipUntil.getAndSet(now + config.reads().replicaPause().toMillis()) <= now) {
            LOG.warnf("read replica unavailable (%s); reads go to the primary for %s", e.getMessage(), config.reads().replicaPause());
        }
    }

    /** The connection or the server went away (SQLSTATE class 08, shutdown 57P0x), or a standby cancelled the query. */
    static boolean lost(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return e instanceof SQLRecoverableException || e instanceof SQLTransientConnectionException
                || state.startsWith("08") || state.startsWith("57P0") || conflict(e);
    }

    /** A hot standby cancels reads that conflict with replay; the replica is healthy, only this read moves. */
    private static boolean conflict(SQLException e) {
        return "40001".equals(e.getSQLState());
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already broken; the pool discards it
        }
    }
}
