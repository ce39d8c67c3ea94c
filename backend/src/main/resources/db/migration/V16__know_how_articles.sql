-- Know-how articles (開発ノウハウ, SPEC §13): the publishable life cycle of stories, with platform, category and tags.
CREATE TABLE article (
    id           uuid PRIMARY KEY,
    owner_ward   text        NOT NULL REFERENCES ward (slug),
    status       text        NOT NULL CHECK (status IN ('draft', 'in_review', 'published', 'rejected', 'archived')),
    title        text        NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
    title_en     text        CHECK (length(title_en) <= 200),
    body         text        NOT NULL CHECK (length(body) <= 100000),
    platform     text        REFERENCES platform (slug),
    category     text        REFERENCES category (slug),
    tags         text[]      NOT NULL DEFAULT '{}',
    created_by   text        NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    published_at timestamptz,
    archived_at  timestamptz,
    lock_version integer     NOT NULL DEFAULT 0
);
CREATE INDEX article_owner ON article (owner_ward, status);

CREATE TABLE article_template (
    article_id  uuid NOT NULL REFERENCES article (id),
    template_id uuid NOT NULL REFERENCES template (id),
    PRIMARY KEY (article_id, template_id)
);
-- A template's articles (template detail page).
CREATE INDEX article_template_by_template ON article_template (template_id, article_id);

-- Same tokeniser and normalisation as template_search and story_search; the facet columns sit beside the
-- tokens so that facet counts never touch the wide article rows.
CREATE TABLE article_search (
    article_id   uuid PRIMARY KEY REFERENCES article (id),
    status       text        NOT NULL,
    owner_ward   text        NOT NULL,
    platform     text,
    category     text,
    tags         text[]      NOT NULL DEFAULT '{}',
    published_at timestamptz,
    tokens       int4[]      NOT NULL
);
CREATE INDEX article_search_tokens ON article_search USING gin (tokens);
CREATE INDEX article_search_newest ON article_search (status, published_at DESC NULLS LAST, article_id);

-- Articles are reviewed in the same queue as templates and stories.
ALTER TABLE review DROP CONSTRAINT review_subject_type_check;
ALTER TABLE review ADD CONSTRAINT review_subject_type_check CHECK (subject_type IN ('template', 'story', 'article'));
