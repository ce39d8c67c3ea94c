package jp.yokoten.testing;

import java.util.List;

/**
 * The callers of every authorisation matrix. The object under test is owned by Minato and submitted by
 * minato-lead, who is both a Minato publisher and a reviewer (so the four-eyes rule shows).
 */
public final class Personas {
    private Personas() {}

    public static final Persona ANON = Persona.ANONYMOUS;
    public static final Persona STAFF_OWN = Persona.of("staff of owning ward", "minato-staff", "minato", "staff");
    public static final Persona STAFF_OTHER = Persona.of("staff of other ward", "koto-staff", "koto", "staff");
    public static final Persona PUB_OWN = Persona.of("publisher of owning ward", "minato-publisher", "minato", "staff", "publisher");
    public static final Persona PUB_OTHER = Persona.of("publisher of other ward", "shinagawa-publisher", "shinagawa", "staff", "publisher");
    public static final Persona REVIEWER = Persona.of("reviewer", "coe-reviewer", "chiyoda", "staff", "reviewer");
    public static final Persona SUBMITTER = Persona.of("submitting reviewer", "minato-lead", "minato", "staff", "publisher", "reviewer");
    public static final Persona COMMITTEE = Persona.of("award committee client", "service-account-award-committee", null, "award_committee");
    public static final Persona ADMIN = Persona.of("admin", "portal-admin", null, "staff", "admin");
    /** Matrix column order: each row lists one expected status per persona in this order. */
    public static final List<Persona> EVERYONE = List.of(ANON, STAFF_OWN, STAFF_OTHER, PUB_OWN, PUB_OTHER, REVIEWER, SUBMITTER, COMMITTEE, ADMIN);
}
