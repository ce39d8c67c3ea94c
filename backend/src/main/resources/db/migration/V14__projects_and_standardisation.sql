-- Common-process projects, declared plans and hearing-based adoptions (SPEC §13).

-- A joint project of several wards on one common process. flow is the current standard flow (Markdown);
-- its versions are kept in project_flow_version.
CREATE TABLE project (
    id           uuid PRIMARY KEY,
    process_id   uuid        NOT NULL REFERENCES process (id),
    title        text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    goal         text        CHECK (length(goal) <= 4000),
    flow         text        NOT NULL DEFAULT '' CHECK (length(flow) <= 100000),
    flow_version integer     NOT NULL DEFAULT 0,
    created_by   text        NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    lock_version integer     NOT NULL DEFAULT 0
);
-- The project list (newest first) and the projects of one process (board, process filter).
CREATE INDEX project_recent ON project (created_at DESC, id);
CREATE INDEX project_process ON project (process_id, created_at DESC, id);

CREATE TABLE project_ward (
    project_id uuid NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    ward       text NOT NULL REFERENCES ward (slug),
    PRIMARY KEY (project_id, ward)
);

-- Members may edit the project; subject is the Keycloak subject.
CREATE TABLE project_member (
    project_id uuid        NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    subject    text        NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
    name       text        CHECK (length(name) <= 200),
    ward       text        REFERENCES ward (slug),
    added_by   text        NOT NULL,
    added_at   timestamptz NOT NULL,
    PRIMARY KEY (project_id, subject)
);

-- Every saved version of the standard flow: append-only history.
CREATE TABLE project_flow_version (
    project_id  uuid        NOT NULL REFERENCES project (id),
    version     integer     NOT NULL,
    body        text        NOT NULL,
    edited_by   text        NOT NULL,
    editor_name text,
    edited_at   timestamptz NOT NULL,
    PRIMARY KEY (project_id, version)
);
CREATE TRIGGER project_flow_version_no_change BEFORE UPDATE OR DELETE ON project_flow_version
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();

CREATE TABLE project_milestone (
    project_id uuid    NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    title      text    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    due_on     date    NOT NULL,
    done_on    date,
    PRIMARY KEY (project_id, position)
);

-- The standard template(s): published templates implementing the project's process.
CREATE TABLE project_template (
    project_id  uuid NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    template_id uuid NOT NULL REFERENCES template (id),
    PRIMARY KEY (project_id, template_id)
);
CREATE INDEX project_template_template ON project_template (template_id);

-- A ward's declared plan to move a common process onto the standard.
CREATE TABLE ward_plan (
    ward        text        NOT NULL REFERENCES ward (slug),
    process_id  uuid        NOT NULL REFERENCES process (id),
    target_on   date        NOT NULL,
    note        text        CHECK (length(note) <= 2000),
    declared_by text        NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (ward, process_id)
);
CREATE INDEX ward_plan_process ON ward_plan (process_id, ward);

-- Who told the portal about an adoption: the ward itself, or a reviewer/admin from a hearing survey.
ALTER TABLE adoption ADD COLUMN source text NOT NULL DEFAULT 'ward' CHECK (source IN ('ward', 'hearing'));

DO $$
DECLARE
    app text := '${app_role}';
BEGIN
    IF app <> current_user THEN
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON project_flow_version FROM %I', app);
    END IF;
END $$;
