-- The backup manifest's content lines, computed identically at backup and after restore (deploy/backup.sh,
-- deploy/restore.sh): the row count of every table of schema public, then size and SHA-256 of every stored file
-- hashed from its chunks (one file at a time, so memory stays at one file).
SELECT format(E'table\t%s\t%s', c.relname,
              (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM public.%I', c.relname), false, true, '')))[1]::text)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
 ORDER BY c.relname;
SELECT format(E'file\t%s\t%s\t%s', f.id, h.size, h.sha256)
  FROM stored_file f
  CROSS JOIN LATERAL (SELECT coalesce(sum(length(data)), 0) AS size,
                             encode(sha256(coalesce(string_agg(data, ''::bytea ORDER BY seq), ''::bytea)), 'hex') AS sha256
                        FROM stored_file_chunk WHERE file_id = f.id) h
 ORDER BY f.id;
