package io.frontline.notification.application.port.in.escalation;

import io.frontline.notification.application.domain.model.escalation.EscalationStatistics;

import java.util.List;
import java.util.Map;

/** Escalation figures in the actor's scope: site managers their sites, regions theirs, HQ safety the chain. */
public interface EscalationStatisticsQuery {
    Figures statistics(EscalationStatisticsCommand command);

    /**
     * The figures, the sites they cover, and failed deliveries per channel — a delivery belongs to no site, so those
     * are given only for the whole chain (HQ safety and admins without a site or region), else null.
     */
    record Figures(List<String> sites, EscalationStatistics.Report report, Map<String, Long> deliveriesFailedByChannel) {
    }
}
