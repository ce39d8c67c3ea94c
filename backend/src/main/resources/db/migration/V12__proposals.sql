-- Improvement proposals (SPEC §9). Counts of supporters and supporting wards live on the proposal row and are
-- changed by each support under a row lock, so lists sort by them without scanning supports. The author's
-- implicit support is a row like any other, so "wards" always includes the author's ward.
CREATE TABLE proposal (
    id                            uuid PRIMARY KEY,
    title                         text        NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
    problem                       text        NOT NULL CHECK (length(problem) BETWEEN 1 AND 4000),
    idea                          text        NOT NULL CHECK (length(idea) BETWEEN 1 AND 4000),
    expected_hours_saved_per_year numeric(7, 1) CHECK (expected_hours_saved_per_year >= 0),
    category                      text REFERENCES category (slug),
    process_id                    uuid REFERENCES process (id),
    anonymous                     boolean     NOT NULL,
    author_subject                text        NOT NULL,
    author_name                   text        NOT NULL,
    author_ward                   text        NOT NULL REFERENCES ward (slug),
    status                        text        NOT NULL
        CHECK (status IN ('open', 'accepted', 'in_development', 'solved', 'declined', 'duplicate')),
    answer                        text CHECK (length(answer) <= 4000),
    template_id                   uuid REFERENCES template (id),
    duplicate_of                  uuid REFERENCES proposal (id),
    supporters                    integer     NOT NULL DEFAULT 1 CHECK (supporters >= 1),
    supporting_wards              integer     NOT NULL DEFAULT 1 CHECK (supporting_wards >= 1),
    tokens                        int[]       NOT NULL DEFAULT '{}',
    created_at                    timestamptz NOT NULL,
    updated_at                    timestamptz NOT NULL,
    lock_version                  integer     NOT NULL DEFAULT 0,
    CHECK (status <> 'solved' OR template_id IS NOT NULL),
    CHECK (status <> 'duplicate' OR (duplicate_of IS NOT NULL AND duplicate_of <> id))
);
-- Search words (same tokeniser as templates: 1–2 character words hit the index) and the board's sorts.
CREATE INDEX proposal_tokens ON proposal USING gin (tokens);
CREATE INDEX proposal_newest ON proposal (created_at DESC, id);
CREATE INDEX proposal_supported ON proposal (supporters DESC, created_at DESC, id);
CREATE INDEX proposal_wards ON proposal (supporting_wards DESC, supporters DESC, created_at DESC, id);
CREATE INDEX proposal_by_ward ON proposal (author_ward, created_at DESC, id);
CREATE INDEX proposal_by_status ON proposal (status, created_at DESC, id);
-- "Solves N proposals from M wards" on a template page.
CREATE INDEX proposal_by_template ON proposal (template_id) WHERE template_id IS NOT NULL;

CREATE TABLE proposal_support (
    proposal_id  uuid        NOT NULL REFERENCES proposal (id),
    user_subject text        NOT NULL,
    user_ward    text        NOT NULL REFERENCES ward (slug),
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (proposal_id, user_subject)
);
-- Per-ward statistics: supports given by a ward's staff in a year.
CREATE INDEX proposal_support_by_ward ON proposal_support (user_ward, created_at);

-- How many supporters each ward has on a proposal: supportingWards changes only when a ward's count
-- moves between 0 and 1, decided on this small row instead of a count over the supports.
CREATE TABLE proposal_ward (
    proposal_id uuid    NOT NULL REFERENCES proposal (id),
    ward        text    NOT NULL REFERENCES ward (slug),
    supporters  integer NOT NULL CHECK (supporters >= 0),
    PRIMARY KEY (proposal_id, ward)
);

-- The status history shown on the proposal page (the audit log holds the same, for operators).
CREATE TABLE proposal_status_change (
    id           uuid PRIMARY KEY,
    proposal_id  uuid        NOT NULL REFERENCES proposal (id),
    from_status  text        NOT NULL,
    to_status    text        NOT NULL,
    answer       text,
    template_id  uuid REFERENCES template (id),
    duplicate_of uuid REFERENCES proposal (id),
    by_subject   text        NOT NULL,
    by_name      text        NOT NULL,
    by_ward      text,
    at           timestamptz NOT NULL
);
CREATE INDEX proposal_status_change_by_proposal ON proposal_status_change (proposal_id, at, id);
