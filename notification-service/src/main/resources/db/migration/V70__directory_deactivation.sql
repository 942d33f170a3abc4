-- A person an administrator deactivated stays in the directory (their history, their inbox) but receives nothing
-- and is not routed to until reactivated. The directory file's import leaves the flag alone.
ALTER TABLE recipient ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE recipient ADD COLUMN deactivated_at TIMESTAMPTZ;
ALTER TABLE recipient ADD COLUMN deactivated_by TEXT;
CREATE INDEX recipient_active ON recipient (id) WHERE active;
