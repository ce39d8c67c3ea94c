-- Templates, their versions and files, reviews (SPEC §3, §4).

CREATE TABLE template (
    id                     uuid PRIMARY KEY,
    owner_ward             text        NOT NULL REFERENCES ward (slug),
    status                 text        NOT NULL CHECK (status IN ('draft', 'in_review', 'published', 'rejected', 'archived')),
    title                  text        NOT NULL,
    title_en               text,
    summary                text,
    description            text,
    platform               text        NOT NULL REFERENCES platform (slug),
    category               text        NOT NULL REFERENCES category (slug),
    tags                   text[]      NOT NULL DEFAULT '{}',
    requirements           text,
    personal_data          text        NOT NULL CHECK (personal_data IN ('none', 'anonymised', 'contains')),
    personal_data_note     text,
    reuse_terms            text,
    development_started_on date,
    released_on            date,
    hours_saved_per_year   numeric(10, 1) CHECK (hours_saved_per_year >= 0),
    derived_from           uuid REFERENCES template (id),
    created_by             text        NOT NULL,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    published_at           timestamptz,
    archived_at            timestamptz,
    lock_version           int         NOT NULL DEFAULT 0,
    CHECK (released_on IS NULL OR development_started_on IS NULL OR released_on >= development_started_on)
);
CREATE INDEX template_owner_status ON template (owner_ward, status);
CREATE INDEX template_derived_from ON template (derived_from) WHERE derived_from IS NOT NULL;

-- File content in 1 MiB chunks: uploads and downloads stream through constant memory.
CREATE TABLE stored_file (
    id         uuid PRIMARY KEY,
    size       bigint      NOT NULL CHECK (size > 0),
    sha256     bytea       NOT NULL CHECK (length(sha256) = 32),
    created_at timestamptz NOT NULL
);

CREATE TABLE stored_file_chunk (
    -- Deferred: chunks are written first and the file row, with size and SHA-256, once all are in.
    file_id uuid  NOT NULL REFERENCES stored_file (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    seq     int   NOT NULL,
    data    bytea NOT NULL,
    PRIMARY KEY (file_id, seq)
);

CREATE TABLE template_version (
    id                uuid PRIMARY KEY,
    template_id       uuid        NOT NULL REFERENCES template (id),
    version           text        NOT NULL,
    major             int         NOT NULL,
    minor             int         NOT NULL,
    patch             int         NOT NULL,
    changelog         text,
    status            text        NOT NULL CHECK (status IN ('draft', 'in_review', 'approved', 'rejected', 'withdrawn')),
    file_id           uuid        NOT NULL REFERENCES stored_file (id),
    file_name         text        NOT NULL,
    file_size         bigint      NOT NULL,
    file_sha256       bytea       NOT NULL,
    media_type        text        NOT NULL,
    created_by        text        NOT NULL,
    created_at        timestamptz NOT NULL,
    approved_at       timestamptz,
    withdrawn_at      timestamptz,
    withdrawn_reason  text,
    UNIQUE (template_id, version),
    UNIQUE (template_id, major, minor, patch)
);
CREATE INDEX template_version_order ON template_version (template_id, major DESC, minor DESC, patch DESC);

-- One row per submission of a reviewable object (templates now, success stories later).
CREATE TABLE review (
    id                uuid PRIMARY KEY,
    subject_type      text        NOT NULL CHECK (subject_type IN ('template', 'story')),
    subject_id        uuid        NOT NULL,
    subject_version   uuid,
    owner_ward        text        NOT NULL REFERENCES ward (slug),
    title             text        NOT NULL,
    version_label     text,
    submitted_by      text        NOT NULL,
    submitted_by_name text        NOT NULL,
    submitted_at      timestamptz NOT NULL,
    decision          text CHECK (decision IN ('approve', 'reject')),
    reasons           text[]      NOT NULL DEFAULT '{}',
    comment           text,
    decided_by        text,
    decided_by_name   text,
    decided_at        timestamptz
);
CREATE INDEX review_pending ON review (submitted_at, id) WHERE decision IS NULL;
CREATE INDEX review_subject ON review (subject_id, submitted_at DESC);
-- At most one open submission per object.
CREATE UNIQUE INDEX review_one_open ON review (subject_id) WHERE decision IS NULL;

-- Append-only audit trail: who did what to which object when, with before/after of state.
CREATE TABLE audit_entry (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL,
    actor       text        NOT NULL,
    actor_name  text        NOT NULL,
    actor_ward  text,
    action      text        NOT NULL,
    object_type text        NOT NULL,
    object_id   uuid        NOT NULL,
    before      jsonb,
    after       jsonb
);
CREATE INDEX audit_entry_object ON audit_entry (object_id, at DESC, id DESC);
CREATE INDEX audit_entry_actor ON audit_entry (actor, at DESC, id DESC);
CREATE INDEX audit_entry_at ON audit_entry (at DESC, id DESC);

CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only';
END $$;
CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
