package jp.yokoten.common.openapi;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * The document-wide parts: contact, licence, servers, tag descriptions and the security schemes. The schemes are
 * the two that client generators understand (OAuth2 flows with the realm's token URL, and a plain bearer token);
 * OpenID Connect discovery alone makes generators emit no auth settings at all.
 */
final class DocumentInfo {
    static final String OAUTH2 = "keycloak";
    static final String BEARER = "bearer";
    /** The document is built once at build time: it names the local realm; a deployment's clients use their own host. */
    private static final String DEMO_REALM = "http://localhost:8180/realms/yokoten";

    /** Every tag an operation uses; the lint gate fails on a tag missing here (rule tag-description). */
    private static final Map<String, String> TAGS = new TreeMap<>(Map.ofEntries(
            Map.entry("Adoptions", "Wards record that they adopted a template (trial, production, discontinued) and with what effect."),
            Map.entry("Awards", "The annual award round: entries, conflict-aware judging, standardised results and prizes (SPEC §8)."),
            Map.entry("Articles", "Know-how articles (開発ノウハウ): how-to knowledge beside templates and stories, reviewed before publication (SPEC §13)."),
            Map.entry("Audit", "The append-only log of every state change, for operators and CoE reviewers."),
            Map.entry("Certifications", "The register of certified citizen developers per ward (SPEC §10)."),
            Map.entry("Identity", "Who the bearer token belongs to: user, ward and roles."),
            Map.entry("Notifications", "The caller's in-app notifications and mail preferences (SPEC §11)."),
            Map.entry("Projects", "Joint projects of several wards on a common business process, with its standard flow (SPEC §13)."),
            Map.entry("Proposals", "Improvement proposals, their supports across wards and the templates that solve them (SPEC §9)."),
            Map.entry("Ratings", "One rating per user and template, with an optional comment."),
            Map.entry("Reference data", "Wards, platforms, categories and business processes used as filters and labels."),
            Map.entry("Review", "The CoE review queue of submitted templates, stories and know-how articles."),
            Map.entry("Standardisation", "The 23-ward board per common process, declared plans and hearing-based adoptions (SPEC §13)."),
            Map.entry("Statistics", "Figures for the award committee and operators by JST fiscal year; every answer also as CSV."),
            Map.entry("Stories", "Success stories: a ward's account of what a template changed, reviewed before publication."),
            Map.entry("Templates", "Templates, their versions and files, governance findings and the review life cycle.")));

    private DocumentInfo() {}

    static void apply(OpenAPI openAPI) {
        String realm = DEMO_REALM;
        openAPI.getInfo()
                // The portal's own domain, as in the problem type URIs; no open-source licence has been chosen.
                .contact(OASFactory.createContact().name("Yokoten portal operators (Tokyo 23 special wards)")
                        .email("portal-admin@yokoten.example").url("https://yokoten.example/"))
                .license(OASFactory.createLicense().name("Proprietary: the 23 special wards of Tokyo, internal use")
                        .url("https://yokoten.example/terms"));
        // Relative: the host that serves this document (at /q/openapi) serves the API; the demo stack is localhost:8080.
        openAPI.servers(List.of(OASFactory.createServer().url("/")
                .description("The host serving this document, e.g. http://localhost:8080 for the local stack (deploy/run.sh)")));
        List<Tag> tags = openAPI.getTags() == null ? List.of() : openAPI.getTags();
        tags.forEach(t -> t.setDescription(TAGS.getOrDefault(t.getName(), t.getDescription())));
        if (openAPI.getComponents().getSecuritySchemes() != null) {
            List.copyOf(openAPI.getComponents().getSecuritySchemes().keySet()).forEach(openAPI.getComponents()::removeSecurityScheme);
        }
        String token = realm + "/protocol/openid-connect/token";
        openAPI.getComponents()
                .addSecurityScheme(OAUTH2, OASFactory.createSecurityScheme().type(SecurityScheme.Type.OAUTH2)
                        .description("Keycloak realm yokoten: client credentials for machine clients such as the award "
                                + "committee's tools, authorisation code (with PKCE) for people")
                        .flows(OASFactory.createOAuthFlows()
                                .clientCredentials(OASFactory.createOAuthFlow().tokenUrl(token).scopes(Map.of()))
                                .authorizationCode(OASFactory.createOAuthFlow()
                                        .authorizationUrl(realm + "/protocol/openid-connect/auth").tokenUrl(token)
                                        .refreshUrl(token).scopes(Map.of()))))
                .addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer").bearerFormat("JWT")
                        .description("An access token of the realm yokoten, audience yokoten-api, obtained by any flow"));
    }

    /** Either scheme satisfies an operation: they carry the same token. */
    static void secure(Operation op) {
        if (op.getSecurity() != null && !op.getSecurity().isEmpty()) {
            op.setSecurity(null);
        }
        op.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(OAUTH2));
        op.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BEARER));
    }
}
