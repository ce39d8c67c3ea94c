-- Notifications (SPEC §11). Recipients are portal users, known only from their tokens: portal_user keeps
-- what the last token said (name, ward, roles, e-mail) plus the user's own preferences, upserted at most once
-- per user and JST day by user/PortalUserFilter. Addresses come from here, never from a request body.
CREATE TABLE portal_user (
    subject            text PRIMARY KEY,
    name               text        NOT NULL,
    ward               text,
    roles              text[]      NOT NULL,
    email              text,
    last_seen_at       timestamptz NOT NULL,
    email_mode         text        NOT NULL DEFAULT 'immediate' CHECK (email_mode IN ('immediate', 'daily', 'off')),
    locale             text        NOT NULL DEFAULT 'ja' CHECK (locale IN ('ja', 'en')),
    -- kept exact by the statements that add or read notifications, so the bell never counts rows
    notification_count bigint      NOT NULL DEFAULT 0 CHECK (notification_count >= 0),
    unread_count       bigint      NOT NULL DEFAULT 0 CHECK (unread_count >= 0)
);
-- "every reviewer", "the publishers of ward X"
CREATE INDEX portal_user_roles ON portal_user USING gin (roles);
CREATE INDEX portal_user_ward ON portal_user (ward) WHERE ward IS NOT NULL;

CREATE TABLE notification (
    id          uuid PRIMARY KEY,
    recipient   text        NOT NULL REFERENCES portal_user (subject),
    kind        text        NOT NULL,
    object_type text        NOT NULL,
    object_id   uuid        NOT NULL,
    title       text        NOT NULL,
    link        text        NOT NULL,
    actor_name  text,
    detail      jsonb       NOT NULL,
    created_at  timestamptz NOT NULL,
    read_at     timestamptz,
    -- how this notification reaches the mailbox, fixed by the preference when it was created
    mail        text        NOT NULL CHECK (mail IN ('immediate', 'digest', 'none')),
    digest_id   uuid
);
-- the inbox (newest first) and its unread filter
CREATE INDEX notification_inbox ON notification (recipient, created_at DESC, id DESC);
CREATE INDEX notification_unread ON notification (recipient, created_at DESC, id DESC) WHERE read_at IS NULL;
-- the 08:30 digest run collects what is still waiting for a digest
CREATE INDEX notification_digest_waiting ON notification (recipient) WHERE mail = 'digest' AND digest_id IS NULL;
CREATE INDEX notification_digest ON notification (digest_id) WHERE digest_id IS NOT NULL;
CREATE INDEX notification_object ON notification (object_id);

-- Mails to send, written in the same transaction as their notifications and drained after commit.
-- pending → claimed → sending → sent; claimed rows were never handed to SMTP (safe to retry), sending rows may
-- have been (never retried automatically: in_doubt). See notification/mail/package-info.java.
CREATE TABLE mail_outbox (
    id              uuid PRIMARY KEY,
    recipient       text        NOT NULL REFERENCES portal_user (subject),
    kind            text        NOT NULL CHECK (kind IN ('immediate', 'digest')),
    notification_id uuid UNIQUE REFERENCES notification (id),
    digest_day      date,
    state           text        NOT NULL CHECK (state IN ('pending', 'claimed', 'sending', 'sent', 'skipped', 'in_doubt', 'failed')),
    attempts        int         NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    claim_token     uuid,
    claimed_at      timestamptz,
    sent_at         timestamptz,
    last_error      text,
    created_at      timestamptz NOT NULL,
    CHECK ((kind = 'immediate') = (notification_id IS NOT NULL)),
    CHECK ((kind = 'digest') = (digest_day IS NOT NULL)),
    UNIQUE (recipient, digest_day)
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE state = 'pending';
CREATE INDEX mail_outbox_in_flight ON mail_outbox (claimed_at) WHERE state IN ('claimed', 'sending');
ALTER TABLE notification ADD CONSTRAINT notification_digest_fk FOREIGN KEY (digest_id) REFERENCES mail_outbox (id);
