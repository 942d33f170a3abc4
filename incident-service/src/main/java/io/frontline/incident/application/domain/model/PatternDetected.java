package io.frontline.incident.application.domain.model;

import io.frontline.platform.domain.SubjectKey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One subject was reported often enough, from enough sites, within the window. */
public record PatternDetected(UUID eventId, SubjectKey subjectKey, List<SubjectSighting> sightings,
                             Instant windowStart, Instant windowEnd, Instant occurredAt) {
    public List<String> siteIds() {
        return sightings.stream().map(SubjectSighting::siteId).distinct().sorted().toList();
    }
}
