package io.frontline.sanction.application.domain.model;

import java.time.Instant;
import java.util.UUID;

/** An objection not decided within its term, announced once with the date a decision is now expected by. */
public record MissedObjectionTerm(UUID measureId, Instant decisionDue, Instant expectedBy, Instant announcedAt) {
}
