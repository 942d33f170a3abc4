package io.frontline.notification.application.port.out.escalation;

import io.frontline.notification.application.domain.model.escalation.EscalationStatistics;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the facts behind the escalation figures with the reader's sites in the query's condition ({@code sites} null:
 * the whole chain, including escalations of no site). The period is half-open, {@code from} inclusive.
 */
public interface EscalationStatisticsPort {
    List<EscalationStatistics.Facts> escalationsStarted(Set<String> sites, Instant from, Instant to);

    /** Deliveries created in the period that failed for good, per channel (email, webhook, in-app). */
    Map<String, Long> deliveriesFailedByChannel(Instant from, Instant to);
}
