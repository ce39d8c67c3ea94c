-- The register of certified citizen developers (SPEC §10). Minimal personal data: a Keycloak subject when the
-- person has an account, a display name and a department; no e-mail, no employee number. Revoking keeps the
-- row (revoked_on, reason) so the register's history stays readable; the audit log has who did it.
CREATE TABLE certification (
    id             uuid PRIMARY KEY,
    ward           text        NOT NULL REFERENCES ward (slug),
    subject        text CHECK (length(subject) <= 255),
    display_name   text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
    department     text CHECK (length(department) <= 100),
    level          text        NOT NULL CHECK (level IN ('basic', 'advanced')),
    certified_on   date        NOT NULL,
    expires_on     date CHECK (expires_on >= certified_on),
    recorded_by    text        NOT NULL,
    recorded_at    timestamptz NOT NULL,
    revoked_on     date,
    revoked_reason text CHECK (length(revoked_reason) <= 1000),
    revoked_by     text,
    lock_version   integer     NOT NULL DEFAULT 0,
    CHECK ((revoked_on IS NULL) = (revoked_reason IS NULL))
);
-- The register page and per-ward counts (valid on a day), and the 「認定開発者が作成」 mark (by subject).
CREATE INDEX certification_by_ward ON certification (ward, certified_on DESC, id);
CREATE INDEX certification_by_subject ON certification (subject, certified_on) WHERE subject IS NOT NULL;
