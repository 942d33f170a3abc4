package io.frontline.notification.application.domain.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One routing rule, as data: events of a type (optionally only from a severity up, or only at some sites)
 * go to these kinds of recipients over these channels. {@code severity} gives events that carry none
 * (everything but incidents) their urgency.
 *
 * @param eventType   the versioned event type the rule matches
 * @param minSeverity the lowest severity the rule matches; null for any
 * @param sites       the sites the rule matches; empty for any
 * @param severity    the severity of the type's events when they carry none; null to leave it to other rules
 * @param recipients  who is told
 * @param channels    over which channels
 */
public record RoutingRule(String eventType, Severity minSeverity, Set<String> sites, Severity severity,
                          List<RecipientKind> recipients, Set<Channel> channels) {
    public RoutingRule {
        Objects.requireNonNull(eventType, "eventType");
        sites = Set.copyOf(sites);
        recipients = List.copyOf(recipients);
        channels = Set.copyOf(channels);
    }

    public boolean matches(String type, Severity eventSeverity, String siteId) {
        return eventType.equals(type)
                && (minSeverity == null || eventSeverity.compareTo(minSeverity) >= 0)
                && (sites.isEmpty() || (siteId != null && sites.contains(siteId)));
    }
}
