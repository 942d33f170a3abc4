-- The reason of an objection's decision from a fixed list (issue 17), so the one who objected reads it in their own
-- language whatever language the decider writes in; the decider's own words stay in objection_decision_reason.
-- Decisions recorded before have none.
ALTER TABLE measure ADD COLUMN objection_reason_code TEXT;
ALTER TABLE measure ADD CONSTRAINT measure_objection_reason_code_known CHECK (objection_reason_code IS NULL
    OR objection_reason_code IN ('FACTS_CONFIRMED', 'PROPORTIONATE', 'FACTS_NOT_ESTABLISHED', 'DISPROPORTIONATE',
                                 'PROCEDURE_NOT_FOLLOWED'));
