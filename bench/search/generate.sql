-- Benchmark data for search (issue 4): 100,000 templates with Japanese administrative titles and
-- descriptions over the 23 wards, all platforms and categories, and 1,000,000 ratings.
-- Deterministic: setseed(:seed) before any random(); run with psql -v seed=0.42 -v templates=100000 -v ratings=1000000.
-- Index rows go through the application's own tokeniser functions (yokoten_tokens), as live writes do.
\set ON_ERROR_STOP on
SELECT setseed(:seed);

CREATE TEMP TABLE vocab AS SELECT
  ARRAY['保育園','学童保育','避難所','防災','住民税','固定資産税','公用車','子育て','介護保険','図書館','イベント','施設',
        '窓口','職員','健康診断','給付金','家賃支援','粗大ごみ','放置自転車','道路','公園','選挙','国民健康保険','児童手当',
        '生活保護','障害福祉','予防接種','空き家','消防団','町会','転入','マイナンバー','会議室','備品','研修','議会'] AS pre,
  ARRAY['申請','管理','予約','集計','受付','台帳','点検','報告','通知','相談','照会','審査','登録','調査','配信','交付'] AS act,
  ARRAY['アプリ','システム','フォーム','一覧','表','ツール','ワークフロー','ダッシュボード'] AS suf,
  ARRAY['紙の申請書をなくし','電話での問い合わせを減らし','二重入力をやめて','集計作業を自動化し','窓口の待ち時間を短くし',
        '職員間の情報共有を早め','月末の報告書作成を簡単にし','現場からスマートフォンで入力でき','LGWAN環境でも使え',
        'kintoneのプラグインなしで動き','Power Automateで通知し','LoGoフォームで住民が直接申請でき','Excelのマクロを使わずに'] AS how,
  ARRAY['業務時間を年間300時間削減しました。','入力ミスがほぼなくなりました。','他区でもそのまま使えます。',
        '個人情報は含みません。','手順書つきで導入は半日です。','AI-OCRと組み合わせています。'] AS result,
  ARRAY['kintone','power-apps','power-automate','logo-form','excel','access','appsheet','other'] AS platforms,
  (SELECT array_agg(slug ORDER BY position) FROM category) AS categories,
  (SELECT array_agg(slug ORDER BY code) FROM ward) AS wards;

CREATE FUNCTION pg_temp.pick(a text[]) RETURNS text LANGUAGE sql AS 'SELECT a[1 + floor(random() * array_length(a, 1))::int]';

INSERT INTO template (id, owner_ward, status, title, title_en, summary, description, platform, category, tags,
                      personal_data, created_by, created_at, updated_at, published_at, lock_version,
                      development_started_on, released_on, hours_saved_per_year)
SELECT id, ward, status, title, NULL, left(how || '。', 200), description, platform, category, tags, 'none', 'bench',
       at, at, CASE WHEN status = 'published' THEN at END, 0, (at - (dev || ' days')::interval)::date, at::date, hours
FROM (
  SELECT md5('template-' || i)::uuid AS id,
         pg_temp.pick(v.wards) AS ward,
         CASE WHEN random() < 0.95 THEN 'published' ELSE 'draft' END AS status,
         pg_temp.pick(v.pre) || pg_temp.pick(v.act) || pg_temp.pick(v.suf) AS title,
         pg_temp.pick(v.how) AS how,
         pg_temp.pick(v.pre) || 'の' || pg_temp.pick(v.act) || '業務で、' || pg_temp.pick(v.how) || '、'
           || pg_temp.pick(v.pre) || 'の' || pg_temp.pick(v.act) || 'もできます。' || pg_temp.pick(v.result)
           || pg_temp.pick(v.result) AS description,
         pg_temp.pick(v.platforms) AS platform,
         pg_temp.pick(v.categories) AS category,
         ARRAY[pg_temp.pick(v.pre), pg_temp.pick(v.act)] AS tags,
         timestamptz '2024-04-01 09:00+09' + random() * interval '970 days' AS at,
         (1 + floor(random() * 30))::int AS dev,
         round((random() * 500)::numeric, 1) AS hours
  FROM generate_series(1, :templates) i, vocab v
) g;

-- Published templates numbered 1..n, so a random one is an index lookup (an array subscript would copy the array per row).
CREATE TEMP TABLE published AS
SELECT row_number() OVER (ORDER BY id)::int AS n, id FROM template WHERE created_by = 'bench' AND status = 'published';
CREATE UNIQUE INDEX ON published (n);
ANALYZE published;
SELECT count(*) AS published_count FROM published \gset

INSERT INTO rating (template_id, user_subject, user_name, user_ward, stars, comment, created_at, updated_at)
SELECT p.id, r.user_subject, 'ベンチ利用者', NULL, r.stars, r.comment, now(), now()
FROM (SELECT 1 + floor(random() * :published_count)::int AS n, 'bench-user-' || floor(random() * 60000)::int AS user_subject,
             1 + floor(random() * 5)::int AS stars, CASE WHEN random() < 0.2 THEN '便利でした' END AS comment
      FROM generate_series(1, :ratings)) r
JOIN published p ON p.n = r.n
ON CONFLICT DO NOTHING;

-- Index rows are written once, with their final counters: updating 100,000 rows afterwards would leave
-- the table three times its size until the next VACUUM FULL.
INSERT INTO template_search (template_id, status, owner_ward, platform, category, tags, title_tokens, published_at,
                             tokens, rating_count, rating_avg, adoption_count, tag_tokens, summary_tokens, title_norm)
SELECT t.id, t.status, t.owner_ward, t.platform, t.category, ARRAY(SELECT yokoten_normalize(x) FROM unnest(t.tags) x),
       yokoten_tokens(t.title || ' ' || coalesce(t.title_en, '')), t.published_at,
       yokoten_token_hashes(concat_ws(' ', t.title, coalesce(t.title_en, ''), coalesce(t.summary, ''), coalesce(t.description, ''), array_to_string(t.tags, ' '))),
       coalesce(r.n, 0), r.avg, CASE WHEN t.status = 'published' THEN floor(random() * 24)::int ELSE 0 END,
       -- the ranking (tags, summary) and suggestion (title) columns, as search/SearchIndex writes them
       yokoten_token_hashes(array_to_string(t.tags, ' ')), yokoten_token_hashes(t.summary), yokoten_normalize(t.title)
FROM template t
LEFT JOIN (SELECT template_id, count(*) AS n, round(avg(stars), 2) AS avg FROM rating GROUP BY template_id) r ON r.template_id = t.id
WHERE t.created_by = 'bench';

-- Loading 100,000 index rows updated the maintained counts 100,000 times (search_count: 4,763 live rows in 7 MB of
-- dead versions). Production's autovacuum and HOT updates keep them compact; compact them here as that would.
VACUUM FULL search_count;
VACUUM FULL search_tag_count;
VACUUM ANALYZE;
SELECT (SELECT count(*) FROM template) AS templates, (SELECT count(*) FROM rating) AS ratings,
       pg_size_pretty(pg_relation_size('template_search')) AS search_table,
       pg_size_pretty(pg_total_relation_size('template_search')) AS search_table_with_indexes;
