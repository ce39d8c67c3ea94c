-- The statements jp.yokoten.search.SearchService builds for each benchmark shape, with the query words'
-- tokens hashed as the index stores them (the service computes them first). Keep in step with it.
-- Relevance is two ordered reads: hits with every word in the title, then the others, each newest first.
-- Facet counts are cached for 30 s (FacetCache); the plans show the uncached cost.
\pset pager off
\echo '--- 1-char (税): count of title hits'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) SELECT count(*) FROM template_search s WHERE s.status = 'published' AND s.tokens @> ARRAY[hashtext('税')] AND s.title_tokens @> ARRAY['税'];
\echo '--- 1-char (税): page of the other hits, newest first'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) SELECT s.template_id FROM template_search s WHERE s.status = 'published' AND s.tokens @> ARRAY[hashtext('税')] AND NOT (s.title_tokens @> ARRAY['税'])
 ORDER BY s.published_at DESC NULLS LAST, s.template_id LIMIT 20 OFFSET 0;
\echo '--- 2-char (保育): count of title hits'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) SELECT count(*) FROM template_search s WHERE s.status = 'published' AND s.tokens @> ARRAY[hashtext('保育')] AND s.title_tokens @> ARRAY['保育'];
\echo '--- 2-char (保育): page of the other hits, newest first'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) SELECT s.template_id FROM template_search s WHERE s.status = 'published' AND s.tokens @> ARRAY[hashtext('保育')] AND NOT (s.title_tokens @> ARRAY['保育'])
 ORDER BY s.published_at DESC NULLS LAST, s.template_id LIMIT 20 OFFSET 0;
\echo '--- longer (国民健康保険): count of title hits'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) SELECT count(*) FROM template_search s WHERE s.status = 'published' AND s.tokens @> ARRAY[hashtext('国民'),hashtext('民健'),hashtext('健康'),hashtext('康保'),hashtext('保険')] AND s.title_tokens @> ARRAY['国民','民健','健康','康保','保険'];
\echo '--- longer (国民健康保険): page of the other hits, newest first'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) SELECT s.template_id FROM template_search s WHERE s.status = 'published' AND s.tokens @> ARRAY[hashtext('国民'),hashtext('民健'),hashtext('健康'),hashtext('康保'),hashtext('保険')] AND NOT (s.title_tokens @> ARRAY['国民','民健','健康','康保','保険'])
 ORDER BY s.published_at DESC NULLS LAST, s.template_id LIMIT 20 OFFSET 0;
\echo '--- two words (保育 申請): count of title hits'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) SELECT count(*) FROM template_search s WHERE s.status = 'published' AND s.tokens @> ARRAY[hashtext('保育'),hashtext('申請')] AND s.title_tokens @> ARRAY['保育','申請'];
\echo '--- two words (保育 申請): page of the other hits, newest first'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) SELECT s.template_id FROM template_search s WHERE s.status = 'published' AND s.tokens @> ARRAY[hashtext('保育'),hashtext('申請')] AND NOT (s.title_tokens @> ARRAY['保育','申請'])
 ORDER BY s.published_at DESC NULLS LAST, s.template_id LIMIT 20 OFFSET 0;
\echo '--- filtered (申請 + kintone + childcare): count of title hits'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) SELECT count(*) FROM template_search s WHERE s.status = 'published' AND s.tokens @> ARRAY[hashtext('申請')] AND s.platform = 'kintone' AND s.category = 'childcare' AND s.title_tokens @> ARRAY['申請'];
\echo '--- filtered (申請 + kintone + childcare): page of the other hits, newest first'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) SELECT s.template_id FROM template_search s WHERE s.status = 'published' AND s.tokens @> ARRAY[hashtext('申請')] AND s.platform = 'kintone' AND s.category = 'childcare' AND NOT (s.title_tokens @> ARRAY['申請'])
 ORDER BY s.published_at DESC NULLS LAST, s.template_id LIMIT 20 OFFSET 0;
\echo '--- 2-char (保育): facets'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
WITH s AS MATERIALIZED (SELECT s.platform, s.category, s.owner_ward, s.process_id, s.tags FROM template_search s WHERE s.status = 'published' AND s.tokens @> ARRAY[hashtext('保育')])
SELECT 'platform', s.platform, count(*) FROM s WHERE s.platform IS NOT NULL GROUP BY 2 UNION ALL
SELECT 'category', s.category, count(*) FROM s WHERE s.category IS NOT NULL GROUP BY 2 UNION ALL
SELECT 'ward', s.owner_ward, count(*) FROM s WHERE s.owner_ward IS NOT NULL GROUP BY 2 UNION ALL
SELECT 'process', s.process_id::text, count(*) FROM s WHERE s.process_id::text IS NOT NULL GROUP BY 2 UNION ALL
(SELECT 'tag', t, count(*) FROM s, unnest(s.tags) t WHERE true GROUP BY 2 ORDER BY 3 DESC, 2 LIMIT 30);
\echo '--- facet-heavy (browse all, newest): page'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) SELECT s.template_id FROM template_search s WHERE s.status = 'published' ORDER BY s.published_at DESC NULLS LAST, s.template_id LIMIT 20 OFFSET 0;
\echo '--- facet-heavy (browse all): facets'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
WITH s AS MATERIALIZED (SELECT s.platform, s.category, s.owner_ward, s.process_id, s.tags FROM template_search s WHERE s.status = 'published')
SELECT 'platform', s.platform, count(*) FROM s WHERE s.platform IS NOT NULL GROUP BY 2 UNION ALL
SELECT 'category', s.category, count(*) FROM s WHERE s.category IS NOT NULL GROUP BY 2 UNION ALL
SELECT 'ward', s.owner_ward, count(*) FROM s WHERE s.owner_ward IS NOT NULL GROUP BY 2 UNION ALL
SELECT 'process', s.process_id::text, count(*) FROM s WHERE s.process_id::text IS NOT NULL GROUP BY 2 UNION ALL
(SELECT 'tag', t, count(*) FROM s, unnest(s.tags) t WHERE true GROUP BY 2 ORDER BY 3 DESC, 2 LIMIT 30);
\echo '--- sort adopted (管理): page'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) SELECT s.template_id FROM template_search s WHERE s.status = 'published' AND s.tokens @> ARRAY[hashtext('管理')] ORDER BY s.adoption_count DESC, s.template_id LIMIT 20 OFFSET 0;
\echo '--- sort rated (予約): page'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) SELECT s.template_id FROM template_search s WHERE s.status = 'published' AND s.tokens @> ARRAY[hashtext('予約')] ORDER BY s.rating_avg DESC NULLS LAST, s.rating_count DESC, s.template_id LIMIT 20 OFFSET 0;
\echo '--- sort newest (防災): page'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) SELECT s.template_id FROM template_search s WHERE s.status = 'published' AND s.tokens @> ARRAY[hashtext('防災')] ORDER BY s.published_at DESC NULLS LAST, s.template_id LIMIT 20 OFFSET 0;
