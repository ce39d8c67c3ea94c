package jp.yokoten.user;

import java.util.List;
import java.util.Objects;

/** What a token says about its user: the facts portal_user keeps. */
public record PortalUser(String subject, String name, String ward, List<String> roles, String email) {
    /** Changes of any of these facts are written at once, not on the next day. */
    String fingerprint() {
        return Objects.hash(name, ward, roles, email) + "";
    }
}
