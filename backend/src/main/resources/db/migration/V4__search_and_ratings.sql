-- Search (SPEC §6) and ratings. Text is normalised in the database (NFKC + lower case) and cut into
-- unigrams and bigrams per word, so 1- and 2-character Japanese words are served by a GIN index like
-- longer ones. Application and benchmark generator both go through these functions: one tokeniser.

CREATE FUNCTION yokoten_normalize(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN lower(normalize(coalesce(t, ''), NFKC));

-- Words: maximal runs of letters and digits; punctuation and spaces separate (「AI-OCR」 → ai, ocr).
CREATE FUNCTION yokoten_words(t text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN ARRAY(SELECT w FROM regexp_split_to_table(yokoten_normalize(t), '[^[:alnum:]]+') w WHERE w <> '');

-- What a query word must find: itself if one character, else its bigrams.
CREATE FUNCTION yokoten_word_tokens(w text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN length(w) = 1 THEN ARRAY[w]
                ELSE ARRAY(SELECT substr(w, i, 2) FROM generate_series(1, length(w) - 1) i) END;

-- What a document offers: every unigram and bigram of every word.
CREATE FUNCTION yokoten_tokens(t text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN ARRAY(SELECT DISTINCT tok FROM unnest(yokoten_words(t)) w,
                 LATERAL (SELECT substr(w, i, 1) FROM generate_series(1, length(w)) i
                          UNION ALL
                          SELECT substr(w, i, 2) FROM generate_series(1, length(w) - 1) i) x(tok));

-- Tokens as 32-bit hashes (hashtext): a broad word like 申請 matches a fifth of all templates, and every
-- hit's row is read for facets and sorting, so rows must stay narrow. As int4 the tokens take a third of
-- the space of the text array; a hash collision can only add a rare extra hit, never lose one.
CREATE FUNCTION yokoten_token_hashes(t text) RETURNS int[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN ARRAY(SELECT DISTINCT hashtext(x) FROM unnest(yokoten_tokens(t)) x);

-- The narrow table search, facets and sorts read: filters, sort keys, token hashes, title tokens (ranking).
CREATE TABLE template_search (
    template_id    uuid PRIMARY KEY REFERENCES template (id),
    status         text        NOT NULL,
    owner_ward     text        NOT NULL,
    platform       text        NOT NULL,
    category       text        NOT NULL,
    tags           text[]      NOT NULL,
    tokens         int[]       NOT NULL,
    title_tokens   text[]      NOT NULL,
    published_at   timestamptz,
    rating_count   int         NOT NULL DEFAULT 0,
    rating_avg     numeric(3, 2),
    adoption_count int         NOT NULL DEFAULT 0
);
CREATE INDEX template_search_tokens ON template_search USING gin (tokens);
CREATE INDEX template_search_title ON template_search USING gin (title_tokens);
CREATE INDEX template_search_tags ON template_search USING gin (tags);
CREATE INDEX template_search_newest ON template_search (status, published_at DESC NULLS LAST, template_id);
CREATE INDEX template_search_adopted ON template_search (status, adoption_count DESC, template_id);

CREATE INDEX template_search_rated ON template_search (status, rating_avg DESC NULLS LAST, rating_count DESC, template_id);

CREATE TABLE rating (
    template_id  uuid        NOT NULL REFERENCES template (id),
    user_subject text        NOT NULL,
    user_name    text        NOT NULL,
    user_ward    text REFERENCES ward (slug),
    stars        smallint    NOT NULL CHECK (stars BETWEEN 1 AND 5),
    comment      text CHECK (length(comment) <= 2000),
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (template_id, user_subject)
);
CREATE INDEX rating_recent ON rating (template_id, updated_at DESC, user_subject);
