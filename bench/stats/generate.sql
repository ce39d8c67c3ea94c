-- Benchmark data for adoptions and statistics (issue 5), on top of bench/search/generate.sql:
-- an approved version 1.0.0 per published template, 500,000 adoptions (distinct ward × template pairs),
-- 20,000,000 usage events over fiscal years 2024–2026, and the rollups the write path maintains
-- (deduplicated per user and JST day), built here in bulk. psql -v seed=0.42 -v adoptions=500000 -v events=20000000
\set ON_ERROR_STOP on
SELECT setseed(:seed);
SET work_mem = '256MB';
SET maintenance_work_mem = '512MB';

INSERT INTO stored_file (id, size, sha256, created_at) VALUES ('00000000-0000-4000-8000-00000000f11e', 20, sha256('{"name":"bench app"}'::bytea), now());
INSERT INTO stored_file_chunk (file_id, seq, data) VALUES ('00000000-0000-4000-8000-00000000f11e', 0, '{"name":"bench app"}'::bytea);

INSERT INTO template_version (id, template_id, version, major, minor, patch, status, file_id, file_name, file_size, file_sha256,
                              media_type, created_by, created_at, approved_at)
SELECT md5('version-' || t.id)::uuid, t.id, '1.0.0', 1, 0, 0, 'approved', '00000000-0000-4000-8000-00000000f11e', 'app.json', 20,
       sha256('{"name":"bench app"}'::bytea), 'application/json', 'bench', t.published_at, t.published_at
FROM template t WHERE t.created_by = 'bench' AND t.status = 'published';

CREATE TEMP TABLE published AS
SELECT row_number() OVER (ORDER BY id)::int AS n, id FROM template WHERE created_by = 'bench' AND status = 'published';
CREATE UNIQUE INDEX ON published (n);
CREATE TEMP TABLE wards AS SELECT row_number() OVER (ORDER BY code)::int AS n, slug FROM ward;
CREATE UNIQUE INDEX ON wards (n);
SELECT count(*) AS published_count FROM published \gset

-- Adoptions: random (ward, template) pairs, duplicates dropped, dated within the three years.
INSERT INTO adoption (ward, template_id, version_id, status, adopted_on, hours_saved_per_year, note, cross_ward, recorded_by, created_at, updated_at)
SELECT w.slug, p.id, md5('version-' || p.id)::uuid,
       (ARRAY['trial','production','production','discontinued'])[1 + floor(random() * 4)::int],
       d.day, CASE WHEN random() < 0.6 THEN round((random() * 300)::numeric, 1) END, NULL,
       w.slug <> t.owner_ward, 'bench', now(), now()
FROM (SELECT 1 + floor(random() * :published_count)::int AS pn, 1 + floor(random() * 23)::int AS wn,
             date '2024-04-01' + floor(random() * 970)::int AS day
      FROM generate_series(1, (:adoptions * 1.15)::int)) d
JOIN published p ON p.n = d.pn
JOIN wards w ON w.n = d.wn
JOIN template t ON t.id = p.id
ON CONFLICT DO NOTHING;
DELETE FROM adoption WHERE ctid IN (SELECT ctid FROM adoption OFFSET :adoptions);

-- Usage events: a skewed choice of templates (popular ones get more), 12,000 users, views and downloads.
INSERT INTO usage_event (at, type, template_id, version, user_subject, ward)
SELECT e.at, e.type, p.id, CASE WHEN e.type = 'download' THEN '1.0.0' END, 'bench-user-' || e.u, w.slug
FROM (SELECT timestamptz '2024-04-01 00:00+09' + random() * interval '970 days' AS at,
             CASE WHEN random() < 0.7 THEN 'view' ELSE 'download' END AS type,
             1 + floor(power(random(), 2) * :published_count)::int AS pn,
             floor(random() * 12000)::int AS u
      FROM generate_series(1, :events)) e
JOIN published p ON p.n = e.pn
JOIN wards w ON w.n = 1 + e.u % 23;

-- In primary-key order, so the index grows by appends instead of 15 million random inserts.
INSERT INTO usage_dedup (template_id, type, day, user_subject, version)
SELECT DISTINCT template_id, type, (at AT TIME ZONE 'Asia/Tokyo')::date, user_subject, coalesce(version, '')
FROM usage_event ORDER BY 1, 2, 3, 4, 5;

-- Rollups as the write path would have left them.
INSERT INTO stats_template_fy (fiscal_year, template_id, views, downloads)
SELECT CASE WHEN extract(month FROM day) >= 4 THEN extract(year FROM day) ELSE extract(year FROM day) - 1 END::int,
       template_id, count(*) FILTER (WHERE type = 'view'), count(*) FILTER (WHERE type = 'download')
FROM usage_dedup GROUP BY 1, 2;

INSERT INTO stats_template_fy (fiscal_year, template_id)
SELECT DISTINCT CASE WHEN extract(month FROM adopted_on) >= 4 THEN extract(year FROM adopted_on) ELSE extract(year FROM adopted_on) - 1 END::int, template_id
FROM adoption ON CONFLICT DO NOTHING;
INSERT INTO stats_template_fy (fiscal_year, template_id)
SELECT CASE WHEN extract(month FROM d) >= 4 THEN extract(year FROM d) ELSE extract(year FROM d) - 1 END::int, id
FROM (SELECT id, (published_at AT TIME ZONE 'Asia/Tokyo')::date AS d FROM template WHERE published_at IS NOT NULL) x
ON CONFLICT DO NOTHING;

UPDATE stats_template_fy s SET adoptions = a.n, cross_ward_adoptions = a.cross, hours_measured = a.hours
FROM (SELECT CASE WHEN extract(month FROM adopted_on) >= 4 THEN extract(year FROM adopted_on) ELSE extract(year FROM adopted_on) - 1 END::int AS fy,
             template_id, count(*) AS n, count(*) FILTER (WHERE cross_ward) AS cross, coalesce(sum(hours_saved_per_year), 0) AS hours
      FROM adoption GROUP BY 1, 2) a
WHERE s.fiscal_year = a.fy AND s.template_id = a.template_id;

INSERT INTO stats_month (month, type, count)
SELECT date_trunc('month', day)::date, type, count(*) FROM usage_dedup GROUP BY 1, 2;

UPDATE template_search s SET adoption_count = a.n
FROM (SELECT template_id, count(*) AS n FROM adoption WHERE status <> 'discontinued' GROUP BY 1) a
WHERE s.template_id = a.template_id;

VACUUM FULL template_search;
VACUUM ANALYZE;
SELECT (SELECT count(*) FROM adoption) AS adoptions, (SELECT count(*) FROM usage_event) AS usage_events,
       (SELECT count(*) FROM usage_dedup) AS deduplicated, (SELECT count(*) FROM stats_template_fy) AS rollup_rows;
