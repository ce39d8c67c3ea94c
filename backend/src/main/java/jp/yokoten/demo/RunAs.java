package jp.yokoten.demo;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Lets the demo loader act as a ward's publisher, a reviewer or a member of staff inside the current
 * request context, so that every step goes through the services with the same checks and audit entries as
 * a real request. Only the demo loader uses it; nothing reachable over HTTP does.
 */
@ApplicationScoped
class RunAs {
    /** A demo person: their token claims and realm roles. */
    record Actor(String subject, String name, String ward, Set<String> roles) {}

    @Inject
    CurrentIdentityAssociation identities;

    <T> T call(Actor actor, Supplier<T> work) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", actor.subject());
        claims.put("preferred_username", actor.subject());
        claims.put("name", actor.name());
        if (actor.ward() != null) {
            claims.put("ward", actor.ward());
        }
        identities.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new Token(claims)).addRoles(actor.roles()).build());
        return work.get();
    }

    /** The claims a Keycloak access token would carry, without a signature (never leaves this process). */
    private record Token(Map<String, Object> claims) implements JsonWebToken {
        @Override
        public String getName() {
            return (String) claims.get("preferred_username");
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            return (T) claims.get(name);
        }
    }
}
