-- Common business processes, adoptions, the usage log and the statistics rollups (SPEC §1, §3).

CREATE TABLE process (
    id         uuid PRIMARY KEY,
    name_ja    text        NOT NULL UNIQUE,
    name_en    text,
    created_at timestamptz NOT NULL
);
INSERT INTO process (id, name_ja, name_en, created_at) VALUES
    ('7c1e3f8a-0001-4000-8000-000000000001', '待機児童関連事務', 'Nursery waiting-list administration', now()),
    ('7c1e3f8a-0001-4000-8000-000000000002', '災害時情報共有', 'Information sharing in disasters', now()),
    ('7c1e3f8a-0001-4000-8000-000000000003', 'イベント申込管理', 'Event application management', now());

ALTER TABLE template ADD COLUMN process_id uuid REFERENCES process (id);
CREATE INDEX template_process ON template (process_id) WHERE process_id IS NOT NULL;
ALTER TABLE template_search ADD COLUMN process_id uuid;
CREATE INDEX template_search_process ON template_search (process_id) WHERE process_id IS NOT NULL;
CREATE INDEX template_published_at ON template (published_at) WHERE published_at IS NOT NULL;

-- One adoption per (ward, template); recording again updates it. cross_ward is fixed at insert
-- (owner of a template never changes).
CREATE TABLE adoption (
    ward                 text          NOT NULL REFERENCES ward (slug),
    template_id          uuid          NOT NULL REFERENCES template (id),
    version_id           uuid          NOT NULL REFERENCES template_version (id),
    status               text          NOT NULL CHECK (status IN ('trial', 'production', 'discontinued')),
    adopted_on           date          NOT NULL,
    hours_saved_per_year numeric(10, 1) CHECK (hours_saved_per_year >= 0),
    note                 text CHECK (length(note) <= 2000),
    cross_ward           boolean       NOT NULL,
    recorded_by          text          NOT NULL,
    created_at           timestamptz   NOT NULL,
    updated_at           timestamptz   NOT NULL,
    PRIMARY KEY (ward, template_id)
);
CREATE INDEX adoption_template ON adoption (template_id, ward);
CREATE INDEX adoption_adopted_on ON adoption (adopted_on) INCLUDE (ward, template_id, cross_ward, hours_saved_per_year);
CREATE INDEX adoption_ward_recent ON adoption (ward, updated_at DESC, template_id);

-- Append-only usage log: every event as it happened.
CREATE TABLE usage_event (
    id           bigserial PRIMARY KEY,
    at           timestamptz NOT NULL,
    type         text        NOT NULL CHECK (type IN ('view', 'download', 'adopt', 'rate')),
    template_id  uuid        NOT NULL,
    version      text,
    user_subject text        NOT NULL,
    ward         text
);
CREATE TRIGGER usage_event_no_change BEFORE UPDATE OR DELETE ON usage_event
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();

-- Dedup keys (SPEC §3): one view per user, template and JST day; one download per user, version and JST day.
CREATE TABLE usage_dedup (
    type         text NOT NULL,
    template_id  uuid NOT NULL,
    version      text NOT NULL DEFAULT '',
    user_subject text NOT NULL,
    day          date NOT NULL,
    PRIMARY KEY (template_id, type, day, user_subject, version)
);

-- Rollups maintained on write: per template and fiscal year, and per month for the time series.
CREATE TABLE stats_template_fy (
    fiscal_year          int     NOT NULL,
    template_id          uuid    NOT NULL REFERENCES template (id),
    views                bigint  NOT NULL DEFAULT 0,
    downloads            bigint  NOT NULL DEFAULT 0,
    adoptions            int     NOT NULL DEFAULT 0,
    cross_ward_adoptions int     NOT NULL DEFAULT 0,
    hours_measured       numeric(12, 1) NOT NULL DEFAULT 0,
    PRIMARY KEY (fiscal_year, template_id)
);
CREATE INDEX stats_template_fy_cross ON stats_template_fy (fiscal_year, cross_ward_adoptions DESC, template_id);
CREATE INDEX stats_template_fy_downloads ON stats_template_fy (fiscal_year, downloads DESC, template_id);
CREATE INDEX stats_template_fy_adoptions ON stats_template_fy (fiscal_year, adoptions DESC, template_id);

CREATE TABLE stats_month (
    month date   NOT NULL,
    type  text   NOT NULL,
    count bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (month, type)
);
