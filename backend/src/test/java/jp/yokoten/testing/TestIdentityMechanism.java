package jp.yokoten.testing;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Test-only: lets one test act as many users (the authorisation matrices) through X-Test-* headers, the
 * dynamic counterpart of @TestSecurity. Requests without them fall through to the real OIDC mechanism,
 * which the *IT classes exercise with real Keycloak tokens.
 */
@ApplicationScoped
public class TestIdentityMechanism implements HttpAuthenticationMechanism {
    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String user = context.request().getHeader("X-Test-User");
        if (user == null) {
            return Uni.createFrom().nullItem();
        }
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", "sub-" + user);
        claims.put("preferred_username", user);
        claims.put("name", user);
        claims.put("email", user + "@test.yokoten.example"); // as Keycloak's email claim (notification mail)
        String ward = context.request().getHeader("X-Test-Ward");
        if (ward != null && !ward.isBlank()) {
            claims.put("ward", ward);
        }
        String client = context.request().getHeader("X-Test-Client");
        if (client != null && !client.isBlank()) { // a client-credentials token: Keycloak's service-account claims
            claims.put("client_id", client);
            claims.put("azp", client);
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new TestJwt(user, claims));
        String roles = context.request().getHeader("X-Test-Roles");
        if (roles != null && !roles.isBlank()) {
            Arrays.stream(roles.split(",")).map(String::strip).forEach(identity::addRole);
        }
        return Uni.createFrom().item(identity.build());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }
}
