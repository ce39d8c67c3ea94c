-- Least privilege (SPEC §12): Flyway runs as the schema owner; the API connects as the runtime role
-- ${app_role} (placeholder: the datasource user), which may read and write rows but owns nothing, so it
-- cannot create, alter or drop objects, and may only append to the audit trail and the usage log.
-- Default privileges cover the tables and sequences of later migrations (made by the same owner).
-- When the API runs as the migrating role itself (a single-role development set-up) nothing is granted.
DO $$
DECLARE
    app text := '${app_role}';
BEGIN
    IF app = current_user THEN
        RAISE NOTICE 'runtime role % is the migration role: no grants', app;
        RETURN;
    END IF;
    -- Only the owner creates in the schema (already so on PostgreSQL 15; older clusters let PUBLIC create).
    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', app);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', app);
    EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO %I', app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', app);
    -- Append-only: the triggers refuse UPDATE and DELETE, but TRUNCATE skips triggers; no grant, no way round.
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry, usage_event FROM %I', app);
    -- The migration history is the owner's business.
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ${flyway:table} FROM %I', app);
END $$;
