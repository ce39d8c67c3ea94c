package jp.yokoten.common.ratelimit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.regex.Pattern;
import jp.yokoten.common.security.CurrentUser;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Applies the rate limits to API endpoints once the caller is known. Anonymous callers pass untouched (the
 * endpoint answers 401 as before); health and OpenAPI are not JAX-RS resources and never reach this filter.
 */
public class RateLimitFilter {
    private static final Pattern UPLOAD = Pattern.compile("/api/v1/templates/[^/]+/versions/?");

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    RateLimiter limiter;

    // Authentication is lazy (quarkus.http.auth.proactive=false): ask for the identity without blocking.
    @ServerRequestFilter
    public Uni<Void> limit(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity()
                // an invalid token is answered 401 by the endpoint's own security check
                .onFailure().recoverWithNull()
                .invoke(caller -> count(caller, request.getMethod(), path))
                .replaceWithVoid();
    }

    private void count(SecurityIdentity caller, String method, String path) {
        if (caller == null || caller.isAnonymous()) {
            return;
        }
        limiter.request(caller);
        // Only publishers may upload; counting others' refused attempts would let them use up their ward's uploads.
        if ("POST".equals(method) && UPLOAD.matcher(path).matches() && caller.hasRole(CurrentUser.PUBLISHER)) {
            limiter.upload(caller);
        }
    }
}
