package io.frontline.platform.events.incident;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * {@code frontline.incident.suggestion-acted-on.v1} on {@code incidents.events}: a person acted on a suggested
 * incident of live detection — confirmed it (it became {@code incidentId}), dismissed it, or took the call
 * over. Acting on it acknowledges the live alert's escalation (issue 15), so nobody above them is paged.
 *
 * @param action {@code confirmed}, {@code dismissed} or {@code taken-over}
 */
public record SuggestionActedOnV1(String suggestionId, String callId, String siteId, String action, String actedBy,
                                  Instant actedAt, String incidentId) implements EventCodec.Validated {
    public static final Set<String> ACTIONS = Set.of("confirmed", "dismissed", "taken-over");

    @Override
    public void validate() {
        Objects.requireNonNull(suggestionId, "suggestionId");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actedBy, "actedBy");
        Objects.requireNonNull(actedAt, "actedAt");
        if (!ACTIONS.contains(action)) {
            throw new IllegalArgumentException("action must be one of " + ACTIONS);
        }
    }
}
