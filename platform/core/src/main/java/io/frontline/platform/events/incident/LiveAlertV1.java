package io.frontline.platform.events.incident;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.incident.live-alert.v1} on {@code incidents.events}: a rule of live call-center detection
 * fired during a running call; the floor supervisor can take over. One per call and rule.
 */
public record LiveAlertV1(String callId, String siteId, String agentId, String callerSubjectKey, String rule,
                          String suggestedIncidentId, long offsetMs,
                          Instant detectedAt) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(suggestedIncidentId, "suggestedIncidentId");
        Objects.requireNonNull(detectedAt, "detectedAt");
    }
}
