package io.frontline.notification.application.domain.model.escalation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One level of one round as it happened: who was told, or that the level was skipped at once because it
 * had nobody (e.g. a site without a manager).
 */
public record EscalationStep(int round, int level, Instant at, List<String> recipients) {
    public EscalationStep {
        Objects.requireNonNull(at, "at");
        recipients = List.copyOf(recipients);
    }

    public boolean skipped() {
        return recipients.isEmpty();
    }
}
