-- Issue 21: every API replica keeps the published templates' search data in memory (search/memory) and follows
-- this table's changes. Each row carries the id of the transaction that last wrote it; a replica reads the rows
-- written by transactions not yet visible at its previous read (at or above that snapshot's xmin), so a transaction
-- that commits late is still picked up, and rows are never missed between two reads.
ALTER TABLE template_search ADD COLUMN changed xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE FUNCTION template_search_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed := pg_current_xact_id();
    RETURN NEW;
END $$;

CREATE TRIGGER template_search_changed BEFORE UPDATE ON template_search
    FOR EACH ROW EXECUTE FUNCTION template_search_changed();

CREATE INDEX template_search_changed ON template_search (changed);
