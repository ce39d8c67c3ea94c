-- Issue 21: search answers in one statement with maintained counts, ranks by field, suggests by prefix;
-- statistics read one row per year and count downloads without a hot row.

-- Ranking by field (title > tags > summary > description): the token hashes of tags and summary on their
-- own (title_tokens already holds the title's). title_norm serves suggestions by prefix.
ALTER TABLE template_search
    ADD COLUMN tag_tokens     int[] NOT NULL DEFAULT '{}',
    ADD COLUMN summary_tokens int[] NOT NULL DEFAULT '{}',
    ADD COLUMN title_norm     text  NOT NULL DEFAULT '';
UPDATE template_search s
SET tag_tokens = yokoten_token_hashes(array_to_string(t.tags, ' ')),
    summary_tokens = yokoten_token_hashes(t.summary),
    title_norm = yokoten_normalize(t.title)
FROM template t WHERE t.id = s.template_id;
CREATE INDEX template_search_suggest ON template_search (title_norm text_pattern_ops, template_id) WHERE status = 'published';

-- Totals and facets without scanning hits, for every query without words (browse, filtered browse):
-- one row per combination of the filter dimensions, per status and owning ward (so drafts are counted
-- only for those who may see them), and one per tag. A trigger keeps them in the writer's transaction;
-- rating and adoption updates do not touch these columns and so never take these rows' locks.
CREATE TABLE search_count (
    status     text NOT NULL,
    owner_ward text NOT NULL,
    platform   text NOT NULL,
    category   text NOT NULL,
    process_id uuid,
    n          int  NOT NULL CHECK (n >= 0),
    UNIQUE NULLS NOT DISTINCT (status, owner_ward, platform, category, process_id)
);
CREATE TABLE search_tag_count (
    status     text NOT NULL,
    tag        text NOT NULL,
    owner_ward text NOT NULL,
    n          int  NOT NULL CHECK (n >= 0),
    PRIMARY KEY (status, tag, owner_ward)
);
CREATE INDEX search_tag_count_prefix ON search_tag_count (status, tag text_pattern_ops) WHERE n > 0;

CREATE FUNCTION template_search_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE search_count SET n = n - 1
        WHERE status = OLD.status AND owner_ward = OLD.owner_ward AND platform = OLD.platform AND category = OLD.category
          AND process_id IS NOT DISTINCT FROM OLD.process_id;
        UPDATE search_tag_count SET n = n - 1
        WHERE status = OLD.status AND owner_ward = OLD.owner_ward AND tag IN (SELECT DISTINCT unnest(OLD.tags));
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO search_count (status, owner_ward, platform, category, process_id, n)
        VALUES (NEW.status, NEW.owner_ward, NEW.platform, NEW.category, NEW.process_id, 1)
        ON CONFLICT (status, owner_ward, platform, category, process_id) DO UPDATE SET n = search_count.n + 1;
        INSERT INTO search_tag_count (status, tag, owner_ward, n)
        SELECT DISTINCT NEW.status, x, NEW.owner_ward, 1 FROM unnest(NEW.tags) x
        ON CONFLICT (status, tag, owner_ward) DO UPDATE SET n = search_tag_count.n + 1;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER template_search_count AFTER INSERT OR DELETE OR UPDATE OF status, owner_ward, platform, category, process_id, tags
    ON template_search FOR EACH ROW EXECUTE FUNCTION template_search_count();

INSERT INTO search_count (status, owner_ward, platform, category, process_id, n)
SELECT status, owner_ward, platform, category, process_id, count(*) FROM template_search GROUP BY 1, 2, 3, 4, 5;
INSERT INTO search_tag_count (status, tag, owner_ward, n)
SELECT status, tag, owner_ward, count(*) FROM (SELECT DISTINCT template_id, status, owner_ward, unnest(tags) AS tag FROM template_search) x
GROUP BY 1, 2, 3;

-- Downloads and views count into one of 16 slots per month (the writer's backend picks it), so concurrent
-- downloads do not queue on one row per month; readers sum the slots.
ALTER TABLE stats_month ADD COLUMN slot smallint NOT NULL DEFAULT 0;
ALTER TABLE stats_month DROP CONSTRAINT stats_month_pkey;
ALTER TABLE stats_month ADD PRIMARY KEY (month, type, slot);

-- /stats/kpis reads one row per fiscal year (JST, from April) instead of summing the year's templates and
-- per-template rollups on every request. Triggers keep it in the transaction of the write that changes a
-- figure: publishing or editing a template, and the adoption refresh of stats_template_fy. Those writes
-- are rare (a publication, an adoption), so one row per year is no hot spot; downloads never touch it.
CREATE TABLE stats_fy (
    fiscal_year          int           PRIMARY KEY,
    new_templates        int           NOT NULL DEFAULT 0,
    development_days     bigint        NOT NULL DEFAULT 0,
    development_dated    int           NOT NULL DEFAULT 0,
    hours_claimed        numeric(14, 1) NOT NULL DEFAULT 0,
    cross_ward_adoptions bigint        NOT NULL DEFAULT 0,
    hours_measured       numeric(14, 1) NOT NULL DEFAULT 0
);

CREATE FUNCTION yokoten_fiscal_year(at timestamptz) RETURNS int
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN extract(year FROM (at AT TIME ZONE 'Asia/Tokyo') - interval '3 months')::int;

CREATE FUNCTION template_kpi_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (OLD.published_at, OLD.released_on, OLD.development_started_on, OLD.hours_saved_per_year)
            IS NOT DISTINCT FROM (NEW.published_at, NEW.released_on, NEW.development_started_on, NEW.hours_saved_per_year) THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.published_at IS NOT NULL THEN
        INSERT INTO stats_fy AS f (fiscal_year, new_templates, development_days, development_dated, hours_claimed)
        VALUES (yokoten_fiscal_year(OLD.published_at), -1, -coalesce(OLD.released_on - OLD.development_started_on, 0),
                -(OLD.released_on - OLD.development_started_on IS NOT NULL)::int, -coalesce(OLD.hours_saved_per_year, 0))
        ON CONFLICT (fiscal_year) DO UPDATE SET new_templates = f.new_templates + excluded.new_templates,
            development_days = f.development_days + excluded.development_days,
            development_dated = f.development_dated + excluded.development_dated, hours_claimed = f.hours_claimed + excluded.hours_claimed;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.published_at IS NOT NULL THEN
        INSERT INTO stats_fy AS f (fiscal_year, new_templates, development_days, development_dated, hours_claimed)
        VALUES (yokoten_fiscal_year(NEW.published_at), 1, coalesce(NEW.released_on - NEW.development_started_on, 0),
                (NEW.released_on - NEW.development_started_on IS NOT NULL)::int, coalesce(NEW.hours_saved_per_year, 0))
        ON CONFLICT (fiscal_year) DO UPDATE SET new_templates = f.new_templates + excluded.new_templates,
            development_days = f.development_days + excluded.development_days,
            development_dated = f.development_dated + excluded.development_dated, hours_claimed = f.hours_claimed + excluded.hours_claimed;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER template_kpi_rollup AFTER INSERT OR DELETE OR UPDATE OF published_at, released_on, development_started_on, hours_saved_per_year
    ON template FOR EACH ROW EXECUTE FUNCTION template_kpi_rollup();

CREATE FUNCTION adoption_kpi_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    yr      int := CASE WHEN TG_OP = 'DELETE' THEN OLD.fiscal_year ELSE NEW.fiscal_year END;
    d_cross bigint := CASE WHEN TG_OP = 'DELETE' THEN 0 ELSE NEW.cross_ward_adoptions END
                      - CASE WHEN TG_OP = 'INSERT' THEN 0 ELSE OLD.cross_ward_adoptions END;
    d_hours numeric := CASE WHEN TG_OP = 'DELETE' THEN 0 ELSE NEW.hours_measured END
                      - CASE WHEN TG_OP = 'INSERT' THEN 0 ELSE OLD.hours_measured END;
BEGIN
    IF d_cross = 0 AND d_hours = 0 THEN
        RETURN NULL;
    END IF;
    INSERT INTO stats_fy AS f (fiscal_year, cross_ward_adoptions, hours_measured) VALUES (yr, d_cross, d_hours)
    ON CONFLICT (fiscal_year) DO UPDATE SET cross_ward_adoptions = f.cross_ward_adoptions + excluded.cross_ward_adoptions,
        hours_measured = f.hours_measured + excluded.hours_measured;
    RETURN NULL;
END $$;
CREATE TRIGGER adoption_kpi_rollup AFTER INSERT OR DELETE OR UPDATE OF cross_ward_adoptions, hours_measured
    ON stats_template_fy FOR EACH ROW EXECUTE FUNCTION adoption_kpi_rollup();

INSERT INTO stats_fy (fiscal_year, new_templates, development_days, development_dated, hours_claimed)
SELECT yokoten_fiscal_year(published_at), count(*), coalesce(sum(released_on - development_started_on), 0),
       count(released_on - development_started_on), coalesce(sum(hours_saved_per_year), 0)
FROM template WHERE published_at IS NOT NULL GROUP BY 1;
INSERT INTO stats_fy AS f (fiscal_year, cross_ward_adoptions, hours_measured)
SELECT fiscal_year, sum(cross_ward_adoptions), sum(hours_measured) FROM stats_template_fy GROUP BY 1
ON CONFLICT (fiscal_year) DO UPDATE SET cross_ward_adoptions = excluded.cross_ward_adoptions, hours_measured = excluded.hours_measured;
