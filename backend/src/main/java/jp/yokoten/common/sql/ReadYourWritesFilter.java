package jp.yokoten.common.sql;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import java.util.Set;
import jp.yokoten.common.config.YokotenConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Read-your-writes behind a load balancer: a successful write answers with cookie {@value #COOKIE} holding the
 * primary's WAL position after it ({@code 0-16B3748}: a slash would make the cookie a quoted string); requests that bring it back read from the replica only once it has replayed that
 * far ({@link ReadRouter}). Chosen over pinning the writer to the primary for a fixed time: it is exact whatever the
 * lag, needs no secret shared between replicas, and a browser sends it without any code in the SPA. Without a
 * replica nothing is set.
 */
public class ReadYourWritesFilter {
    static final String COOKIE = "yokoten-rw";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    ReadYourWrites ownWrites;

    @Inject
    ReadRouter router;

    @Inject
    YokotenConfig config;

    @ServerRequestFilter
    public void remember(ContainerRequestContext request) {
        Cookie c = request.getCookies().get(COOKIE);
        if (c != null) {
            ownWrites.since(c.getValue().replace('-', '/'));
        }
    }

    @ServerResponseFilter
    public void afterWrite(ContainerRequestContext request, ContainerResponseContext response) {
        if (SAFE.contains(request.getMethod()) || response.getStatus() >= 400 || !router.replicaConfigured()) {
            return;
        }
        int seconds = (int) config.reads().ownWritesFor().toSeconds();
        router.primaryPosition().ifPresent(lsn -> response.getHeaders().add(HttpHeaders.SET_COOKIE,
                new NewCookie.Builder(COOKIE).value(lsn.replace('/', '-')).path("/api").maxAge(seconds).httpOnly(true)
                        .sameSite(NewCookie.SameSite.STRICT).build()));
    }
}
