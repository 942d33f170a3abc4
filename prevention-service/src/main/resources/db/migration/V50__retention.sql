-- Retention: concluded partner reports and old consultations are found by their end.
CREATE INDEX partner_report_concluded ON partner_report (concluded_at) WHERE status = 'concluded';
CREATE INDEX consultation_created ON consultation (created_at);
