-- The measures work queues (issue 13), each read in the order of its own partial index: chain-wide readers walk
-- the first index of a pair, a manager of one site the second.
CREATE INDEX measure_awaiting_approval ON measure (proposed_at, id) WHERE status = 'PROPOSED';
CREATE INDEX measure_awaiting_approval_site ON measure (site_id, proposed_at, id) WHERE status = 'PROPOSED';
CREATE INDEX measure_active_approved ON measure (approved_at, id) WHERE status = 'ACTIVE';
CREATE INDEX measure_active_approved_site ON measure (site_id, approved_at, id) WHERE status = 'ACTIVE';
CREATE INDEX measure_expiring ON measure (until, id) WHERE status = 'ACTIVE' AND until IS NOT NULL;
CREATE INDEX measure_expiring_site ON measure (site_id, until, id) WHERE status = 'ACTIVE' AND until IS NOT NULL;
CREATE INDEX measure_objection_pending ON measure (objection_decision_due, id)
    WHERE objection_filed_at IS NOT NULL AND objection_outcome IS NULL;
