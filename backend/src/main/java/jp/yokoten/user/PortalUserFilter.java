package jp.yokoten.user;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jp.yokoten.common.security.CurrentUser;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Records the caller in portal_user on their first API request of the day (per replica). The request waits
 * for that one write, so anything it triggers can already address the caller; later requests pass untouched.
 */
public class PortalUserFilter {
    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    CurrentUser user;

    @Inject
    PortalUsers users;

    @ServerRequestFilter
    public Uni<Void> record(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull() // an invalid token is answered 401 by the endpoint's own check
                .chain(caller -> {
                    if (caller == null || caller.isAnonymous()) {
                        return Uni.createFrom().voidItem();
                    }
                    PortalUser u = PortalUsers.of(user);
                    if (!users.stale(u)) {
                        return Uni.createFrom().voidItem();
                    }
                    return Uni.createFrom().item(() -> {
                        users.record(u);
                        return (Void) null;
                    }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
                });
    }
}
