package jp.yokoten.notification;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who should hear of an event, resolved against portal_user when the notice is written: given subjects,
 * everyone holding a realm role, or holders of a role in one ward. Users the portal has never seen cannot be
 * addressed (they have no inbox and no known address); they see the object itself when they come.
 */
public record Audience(Set<String> subjects, Set<String> roles, Set<String> wardRoles) {
    public static Audience subjects(Collection<String> subjects) {
        return new Audience(Set.copyOf(subjects), Set.of(), Set.of());
    }

    public static Audience subject(String subject) {
        return subjects(Set.of(subject));
    }

    /** Everybody holding the realm role, in any ward or none (e.g. every reviewer). */
    public static Audience role(String role) {
        return new Audience(Set.of(), Set.of(role), Set.of());
    }

    /** Holders of the role whose ward is the given one (e.g. the publishers of the owning ward). */
    public static Audience wardRole(String ward, String role) {
        return ward == null ? new Audience(Set.of(), Set.of(), Set.of()) : new Audience(Set.of(), Set.of(), Set.of(ward + "/" + role));
    }

    public Audience and(Audience other) {
        return new Audience(union(subjects, other.subjects), union(roles, other.roles), union(wardRoles, other.wardRoles));
    }

    public boolean isEmpty() {
        return subjects.isEmpty() && roles.isEmpty() && wardRoles.isEmpty();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toCollection(TreeSet::new));
    }
}
