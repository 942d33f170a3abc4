CREATE TABLE care_task (
    id                  UUID PRIMARY KEY,
    incident_id         UUID        NOT NULL REFERENCES incident (id),
    kind                TEXT        NOT NULL,
    due_at              TIMESTAMPTZ NOT NULL,
    status              TEXT        NOT NULL,
    note                TEXT,
    completed_by        TEXT,
    completed_at        TIMESTAMPTZ,
    overdue_reported_at TIMESTAMPTZ,
    version             BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX care_task_incident ON care_task (incident_id, due_at);
CREATE INDEX care_task_open_due ON care_task (due_at) WHERE status = 'OPEN' AND overdue_reported_at IS NULL;
