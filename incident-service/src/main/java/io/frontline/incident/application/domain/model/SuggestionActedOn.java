package io.frontline.incident.application.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A person acted on a suggested incident: confirmed it, dismissed it or took the call over. Told to the
 * other services so that the live alert stops paging the people above them (issue 15).
 */
public record SuggestionActedOn(UUID eventId, SuggestedIncident suggestion, Action action, String actedBy,
                                Instant occurredAt) {
    public enum Action { CONFIRMED, DISMISSED, TAKEN_OVER }

    public SuggestionActedOn {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(suggestion, "suggestion");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actedBy, "actedBy");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
