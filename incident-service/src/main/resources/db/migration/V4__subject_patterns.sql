-- The last cross-site pattern per subject key, so that each window is told once.
CREATE TABLE subject_pattern (
    subject_key      TEXT PRIMARY KEY,
    last_detected_at TIMESTAMPTZ NOT NULL
);
