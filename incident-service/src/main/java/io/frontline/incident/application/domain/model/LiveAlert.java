package io.frontline.incident.application.domain.model;

import io.frontline.platform.domain.SubjectKey;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A live alert as the floor supervisor's console shows it: the rule that fired in a call, the lines of the call up
 * to the one that made it fire, and the suggestion to act on. {@code sequence} orders every alert of the chain in
 * the order they were committed, so a console that lost its connection asks for those after the last it saw.
 */
public record LiveAlert(long sequence, UUID suggestionId, String callId, String siteId, String agentId,
                        SubjectKey callerSubjectKey, LiveRule rule, long offsetMs, Instant detectedAt,
                        List<TranscriptLine> lines, SuggestedIncidentStatus suggestionStatus) {
    public LiveAlert {
        Objects.requireNonNull(suggestionId, "suggestionId");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(rule, "rule");
        lines = List.copyOf(lines);
    }
}
