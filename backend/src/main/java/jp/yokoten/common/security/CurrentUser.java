package jp.yokoten.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of this request: subject, display name, ward (token claim {@code ward}) and realm roles. */
@RequestScoped
public class CurrentUser {
    public static final String STAFF = "staff";
    public static final String PUBLISHER = "publisher";
    public static final String REVIEWER = "reviewer";
    public static final String AWARD_COMMITTEE = "award_committee";
    public static final String ADMIN = "admin";
    public static final Set<String> ROLES = Set.of(STAFF, PUBLISHER, REVIEWER, AWARD_COMMITTEE, ADMIN);

    @Inject
    SecurityIdentity identity;

    /** A publisher of the given ward: sees and changes that ward's unpublished templates and stories. */
    public boolean publishesFor(String ward) {
        return hasRole(PUBLISHER) && ward().map(ward::equals).orElse(false);
    }

    /** Reviewers and operators see every ward's unpublished items. */
    public boolean overseer() {
        return hasRole(REVIEWER) || hasRole(ADMIN);
    }

    public String subject() {
        return token().map(JsonWebToken::getSubject).filter(s -> s != null && !s.isBlank())
                .orElse(identity.getPrincipal().getName());
    }

    public String username() {
        return claim("preferred_username").orElse(identity.getPrincipal().getName());
    }

    /** The human name for headers and audit entries, family name first as in Japanese; else the login name. */
    public String displayName() {
        Optional<String> family = claim("family_name");
        Optional<String> given = claim("given_name");
        if (family.isPresent() && given.isPresent()) {
            return family.get() + " " + given.get();
        }
        return claim("name").or(() -> claim("preferred_username")).orElse(identity.getPrincipal().getName());
    }

    /** The caller's ward slug, empty for users outside any ward (committee, operators, service clients). */
    public Optional<String> ward() {
        return claim("ward");
    }

    /** The e-mail address Keycloak vouches for (claim {@code email}); the only source of notification addresses. */
    public Optional<String> email() {
        return claim("email");
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Only the portal's own roles: Keycloak adds defaults such as offline_access that mean nothing here. */
    public Set<String> roles() {
        Set<String> roles = new TreeSet<>(identity.getRoles());
        roles.retainAll(ROLES);
        return roles;
    }

    private Optional<JsonWebToken> token() {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? Optional.of(jwt) : Optional.empty();
    }

    private Optional<String> claim(String name) {
        return token().map(t -> t.getClaim(name))
                .map(v -> v instanceof JsonString js ? js.getString() : v.toString())
                .filter(s -> !s.isBlank());
    }
}
