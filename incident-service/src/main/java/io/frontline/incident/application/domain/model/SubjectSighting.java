package io.frontline.incident.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/** One incident in which a subject key was named as perpetrator: where and when it was reported. */
public record SubjectSighting(UUID incidentId, String siteId, Instant reportedAt) {
}
