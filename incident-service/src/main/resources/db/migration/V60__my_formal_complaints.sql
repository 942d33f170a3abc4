-- "My formal complaints" (GET /api/procedure/complaints): a party's own cases by either side, newest received
-- first, and the cases still under way for management; keyset on (received_at, id).
CREATE INDEX formal_complaint_complainant ON formal_complaint (complainant, received_at DESC, id DESC);
CREATE INDEX formal_complaint_accused ON formal_complaint (accused, received_at DESC, id DESC);
CREATE INDEX formal_complaint_received ON formal_complaint (received_at DESC, id DESC);
