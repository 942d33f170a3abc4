-- Four eyes means two people (issue 19): who decided what a measure rests on never approves it.
ALTER TABLE measure ADD COLUMN incident_confirmed_by   TEXT;
ALTER TABLE measure ADD COLUMN suggestion_confirmed_by TEXT;
ALTER TABLE measure ADD COLUMN procedure_decided_by    TEXT;
