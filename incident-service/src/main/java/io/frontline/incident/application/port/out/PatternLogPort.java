package io.frontline.incident.application.port.out;

import io.frontline.incident.application.domain.model.PatternDetected;
import io.frontline.platform.domain.SubjectKey;

import java.time.Instant;
import java.util.Optional;

/** Remembers when a cross-site pattern was last detected per subject, so each window is told once. */
public interface PatternLogPort {
    /** The last detection for the subject, locking the subject's log entry until the transaction ends. */
    Optional<Instant> lastDetectedAt(SubjectKey subject);

    void record(PatternDetected pattern);
}
