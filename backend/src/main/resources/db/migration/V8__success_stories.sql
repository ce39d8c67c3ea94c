-- Success stories (issue 6): same life cycle, review table and audit trail as templates.
CREATE TABLE story (
    id                   uuid PRIMARY KEY,
    owner_ward           text        NOT NULL REFERENCES ward (slug),
    status               text        NOT NULL CHECK (status IN ('draft', 'in_review', 'published', 'rejected', 'archived')),
    title                text        NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
    title_en             text        CHECK (length(title_en) <= 200),
    body                 text        NOT NULL CHECK (length(body) <= 100000),
    hours_saved_per_year numeric(7, 1) CHECK (hours_saved_per_year >= 0),
    cost_saved_yen       bigint      CHECK (cost_saved_yen >= 0),
    development_days     integer     CHECK (development_days >= 0),
    residents_reached    integer     CHECK (residents_reached >= 0),
    created_by           text        NOT NULL,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    published_at         timestamptz,
    archived_at          timestamptz,
    lock_version         integer     NOT NULL DEFAULT 0
);
CREATE INDEX story_owner ON story (owner_ward, status);

CREATE TABLE story_template (
    story_id    uuid NOT NULL REFERENCES story (id),
    template_id uuid NOT NULL REFERENCES template (id),
    PRIMARY KEY (story_id, template_id)
);
-- A template's stories (template detail) and the per-template story figures in the statistics.
CREATE INDEX story_template_by_template ON story_template (template_id, story_id);

-- The same tokeniser and normalisation as template_search: one search over both kinds.
CREATE TABLE story_search (
    story_id     uuid PRIMARY KEY REFERENCES story (id),
    status       text        NOT NULL,
    owner_ward   text        NOT NULL,
    published_at timestamptz,
    tokens       int4[]      NOT NULL
);
CREATE INDEX story_search_tokens ON story_search USING gin (tokens);
CREATE INDEX story_search_newest ON story_search (status, published_at DESC NULLS LAST, story_id);
