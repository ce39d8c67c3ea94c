-- The award (SPEC §8, issue 16): one round per fiscal year, entries of published stories and templates,
-- one score sheet per judge and entry. Entries are few (23 wards × 3): the indexes serve the UI's lists.
CREATE TABLE award_round (
    id                      uuid PRIMARY KEY,
    fiscal_year             integer     NOT NULL UNIQUE CHECK (fiscal_year BETWEEN 2000 AND 2100),
    title                   text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    entries_close_on        date        NOT NULL,
    judging_closes_on       date        NOT NULL,
    max_entries_per_ward    integer     NOT NULL DEFAULT 3 CHECK (max_entries_per_ward BETWEEN 1 AND 20),
    weight_work_reduction   integer     NOT NULL DEFAULT 40 CHECK (weight_work_reduction BETWEEN 0 AND 100),
    weight_resident_service integer     NOT NULL DEFAULT 30 CHECK (weight_resident_service BETWEEN 0 AND 100),
    weight_originality      integer     NOT NULL DEFAULT 30 CHECK (weight_originality BETWEEN 0 AND 100),
    phase                   text        NOT NULL CHECK (phase IN ('draft', 'open', 'judging', 'decided', 'published')),
    created_at              timestamptz NOT NULL,
    updated_at              timestamptz NOT NULL,
    lock_version            integer     NOT NULL DEFAULT 0,
    CHECK (weight_work_reduction + weight_resident_service + weight_originality = 100),
    CHECK (entries_close_on <= judging_closes_on)
);
-- GET /awards: newest year first.
CREATE INDEX award_round_newest ON award_round (fiscal_year DESC, id);

CREATE TABLE award_entry (
    id           uuid PRIMARY KEY,
    round_id     uuid        NOT NULL REFERENCES award_round (id),
    ward         text        NOT NULL REFERENCES ward (slug),
    subject_type text        NOT NULL CHECK (subject_type IN ('story', 'template')),
    subject_id   uuid        NOT NULL,
    title        text        NOT NULL,
    statement    text        NOT NULL CHECK (length(statement) BETWEEN 1 AND 2000),
    entered_by   text        NOT NULL,
    entered_at   timestamptz NOT NULL,
    -- Frozen at the move to judging (SPEC §8): later activity never changes it.
    evidence     jsonb,
    prize        text        CHECK (prize IN ('grand', 'excellence', 'special')),
    UNIQUE (round_id, subject_type, subject_id)
);
-- Entries of a round (judges, admin, everyone after publication) and of one ward (publishers, the limit).
CREATE INDEX award_entry_round ON award_entry (round_id, entered_at, id);
CREATE INDEX award_entry_round_ward ON award_entry (round_id, ward, entered_at, id);
-- The prize badges on template and story pages.
CREATE INDEX award_entry_prized ON award_entry (subject_id) WHERE prize IS NOT NULL;
-- One grand prize (大賞) per round.
CREATE UNIQUE INDEX award_entry_one_grand ON award_entry (round_id) WHERE prize = 'grand';

CREATE TABLE award_sheet (
    id               uuid PRIMARY KEY,
    entry_id         uuid        NOT NULL REFERENCES award_entry (id) ON DELETE CASCADE,
    judge            text        NOT NULL,
    judge_name       text        NOT NULL,
    work_reduction   smallint    NOT NULL CHECK (work_reduction BETWEEN 1 AND 5),
    resident_service smallint    NOT NULL CHECK (resident_service BETWEEN 1 AND 5),
    originality      smallint    NOT NULL CHECK (originality BETWEEN 1 AND 5),
    comment          text        CHECK (length(comment) <= 2000),
    updated_at       timestamptz NOT NULL,
    UNIQUE (entry_id, judge)
);
-- A judge's own sheets (the judging queue's "scored" marks).
CREATE INDEX award_sheet_judge ON award_sheet (judge, entry_id);
