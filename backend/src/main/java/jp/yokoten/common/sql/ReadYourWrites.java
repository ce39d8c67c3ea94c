package jp.yokoten.common.sql;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The caller's own last write as a primary WAL position, so that everything a person just wrote is read back from
 * where it already is. It travels in a cookie ({@link ReadYourWritesFilter}) rather than in this replica's memory:
 * behind a load balancer the next request may reach another API replica. The cookie grants nothing; a forged one
 * only sends that caller's reads to the primary, which a small write would do anyway, so it is not signed.
 */
@RequestScoped
public class ReadYourWrites {
    static final Pattern LSN = Pattern.compile("[0-9A-F]{1,8}/[0-9A-F]{1,8}");

    private String position;

    /** The WAL position the replica must have replayed before it may answer this request. */
    public Optional<String> position() {
        return Optional.ofNullable(position);
    }

    void since(String lsn) {
        if (lsn != null && LSN.matcher(lsn).matches()) {
            position = lsn;
        }
    }
}
