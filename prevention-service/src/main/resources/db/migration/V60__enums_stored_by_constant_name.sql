-- The persistence rule (CONTRIBUTING.md): an enum is stored by its constant name (CONCLUDED), the wire's form
-- (concluded, harassment-policy) is for APIs and events. This service stored four in their wire form.
UPDATE policy_version SET kind = upper(replace(kind, '-', '_'));
UPDATE course SET audience = upper(replace(audience, '-', '_'));
UPDATE partner_report SET status = upper(replace(status, '-', '_')),
                          outcome = upper(replace(outcome, '-', '_'));

DROP INDEX partner_report_concluded;
CREATE INDEX partner_report_concluded ON partner_report (concluded_at) WHERE status = 'CONCLUDED';
