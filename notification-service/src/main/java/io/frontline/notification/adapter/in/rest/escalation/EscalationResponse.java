package io.frontline.notification.adapter.in.rest.escalation;

import io.frontline.notification.application.domain.model.escalation.Escalation;
import io.frontline.notification.application.domain.model.escalation.EscalationStep;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** An escalation as the API shows it, with the levels told so far. */
public record EscalationResponse(UUID id, UUID eventId, String eventType, String severity, String siteId,
                                 String reference, String policy, Instant startedAt, int round, int level,
                                 Instant nextLevelDueAt, String status, String acknowledgedBy, Instant acknowledgedAt,
                                 String acknowledgedVia, List<Step> history) {

    /** One level told, or skipped because it had nobody. */
    public record Step(int round, int level, Instant at, List<String> recipients, boolean skipped) {
        static Step of(EscalationStep step) {
            return new Step(step.round(), step.level(), step.at(), step.recipients(), step.skipped());
        }
    }

    static EscalationResponse of(Escalation e) {
        return new EscalationResponse(e.id(), e.eventId(), e.event().eventType(),
                e.severity().name().toLowerCase(Locale.ROOT), e.siteId(), e.event().reference(), e.policyName(),
                e.startedAt(), e.round(), e.level(), e.nextDueAt(), e.status().wireName(), e.acknowledgedBy(),
                e.acknowledgedAt(), e.acknowledgedVia() == null ? null : e.acknowledgedVia().wireName(),
                e.steps().stream().map(Step::of).toList());
    }
}
