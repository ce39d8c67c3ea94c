package jp.yokoten.testing;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** A token principal for {@link TestIdentityMechanism}: the claims a Keycloak access token would carry. */
record TestJwt(String name, Map<String, Object> claims) implements JsonWebToken {
    @Override
    public String getName() {
        return name;
    }

    @Override
    public Set<String> getClaimNames() {
        return claims.keySet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        return (T) claims.get(claimName);
    }
}
