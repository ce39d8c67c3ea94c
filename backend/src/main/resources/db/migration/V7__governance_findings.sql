-- Governance findings of an uploaded template version (issue 7). Written once by the scan at upload;
-- only the justification columns change afterwards. Excerpts are masked before they reach this table.
create table version_finding (
    id                uuid primary key,
    version_id        uuid not null references template_version (id),
    ordinal           integer not null,
    rule_id           text not null,
    severity          text not null check (severity in ('high', 'medium', 'info')),
    location          text not null check (length(location) <= 1000),
    excerpt           text not null check (length(excerpt) <= 300),
    justification     text check (length(justification) between 1 and 2000),
    justified_by      text,
    justified_by_name text,
    justified_at      timestamptz,
    unique (version_id, ordinal),
    check ((justification is null) = (justified_at is null))
);
