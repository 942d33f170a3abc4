package io.frontline.incident.application.domain.model;

import io.frontline.platform.domain.SubjectKey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Repeat perpetrators across sites (DESIGN.md, "Recurrence prevention"): a customer who harasses staff at
 * several branches is seen by the chain, not by each branch alone. Detected once per window: after a
 * detection, further reports within the same window add nothing.
 */
public final class CrossSitePattern {
    private final PatternThresholds thresholds;

    public CrossSitePattern(PatternThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public PatternThresholds thresholds() {
        return thresholds;
    }

    /**
     * @param sightings      the subject's incidents reported in the window ending now
     * @param lastDetectedAt the last time a pattern was detected for the subject, or null
     */
    public Optional<PatternDetected> detect(SubjectKey subject, List<SubjectSighting> sightings,
                                            Instant lastDetectedAt, Instant now) {
        Instant windowStart = now.minus(thresholds.window());
        if (lastDetectedAt != null && lastDetectedAt.isAfter(windowStart)) {
            return Optional.empty();
        }
        List<SubjectSighting> inWindow = sightings.stream()
                .filter(s -> !s.reportedAt().isBefore(windowStart)).toList();
        long sites = inWindow.stream().map(SubjectSighting::siteId).distinct().count();
        if (inWindow.size() < thresholds.reports() || sites < thresholds.sites()) {
            return Optional.empty();
        }
        return Optional.of(new PatternDetected(UUID.randomUUID(), subject, inWindow, windowStart, now, now));
    }
}
