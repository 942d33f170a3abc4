package io.frontline.notification.application.domain.model;

import io.frontline.notification.application.domain.model.escalation.EscalationPolicies;
import io.frontline.notification.application.domain.model.escalation.EscalationPolicy;
import io.frontline.notification.application.domain.model.escalation.LevelAudience;
import io.frontline.notification.application.domain.model.escalation.PolicyLevel;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Site;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Who the configuration in force would page by SMS (issue 15, "Mobile paging"): a text message goes only with
 * critical news, so a person needs a mobile number when
 * <ul>
 *     <li>a routing rule with the {@code sms} channel can match a critical event and addresses them (the site's
 *     first responsible people, with the same fall-back to the region's managers and HQ safety as routing, the
 *     region's managers, everyone with a role, everyone; a party an event names — the assignee, a procedure's
 *     parties, the employee — can be anyone, so such a rule counts everyone), or</li>
 *     <li>an escalation policy that a critical event would fall under has a level that tells them (an escalation
 *     level is told over every channel, SMS included).</li>
 * </ul>
 * A type's events can be critical when its rules give it that severity, or when they give it none (its events
 * carry their own: incidents). Derived from the routing rules, the escalation policies, the organisation and the
 * directory as loaded, never from a list of roles: a chain that pages HR by SMS sees HR here.
 */
public final class SmsPagingAudience {
    private final RoutingRules rules;
    private final EscalationPolicies policies;
    private final Organisation organisation;

    public SmsPagingAudience(RoutingRules rules, EscalationPolicies policies, Organisation organisation) {
        this.rules = rules;
        this.policies = policies;
        this.organisation = organisation;
    }

    /** The ids of the people of the (active) directory that critical news would page by SMS. */
    public Set<String> of(Directory people) {
        Set<String> ids = new TreeSet<>();
        List<String> sitesAndChainWide = new ArrayList<>();
        organisation.sites().forEach(site -> sitesAndChainWide.add(site.id()));
        sitesAndChainWide.add(null);
        Set<String> criticalTypes = new LinkedHashSet<>();
        for (RoutingRule rule : rules.rules()) {
            if (canBeCritical(rule.eventType())) {
                criticalTypes.add(rule.eventType());
            }
        }
        // Routing: rules that send critical news by SMS.
        for (RoutingRule rule : rules.rules()) {
            if (!rule.channels().contains(Channel.SMS) || !criticalTypes.contains(rule.eventType())) {
                continue;
            }
            for (String siteId : sitesAndChainWide) {
                if (rule.matches(rule.eventType(), Severity.CRITICAL, siteId)) {
                    Site site = siteId == null ? null : organisation.site(siteId);
                    for (RecipientKind kind : rule.recipients()) {
                        addAll(ids, recipients(kind, site, people));
                    }
                }
            }
        }
        // Escalation: a routed critical event climbs the first policy that covers it, every level over every channel.
        LevelAudience audience = new LevelAudience(people, organisation);
        for (String type : criticalTypes) {
            for (String siteId : sitesAndChainWide) {
                if (rules.matching(type, Severity.CRITICAL, siteId).isEmpty()) {
                    continue;
                }
                RoutedEvent critical = new RoutedEvent(new UUID(0, 0), type, Severity.CRITICAL, siteId, null,
                        Instant.EPOCH, Map.of());
                Optional<EscalationPolicy> policy = policies.policyFor(critical);
                if (policy.isPresent()) {
                    for (PolicyLevel level : policy.get().levels()) {
                        ids.addAll(audience.of(level, siteId));
                    }
                }
            }
        }
        return ids;
    }

    /** Whether events of the type can be critical: the severity the rules give them, or their own when they give none. */
    private boolean canBeCritical(String eventType) {
        boolean stated = rules.rules().stream().anyMatch(r -> r.eventType().equals(eventType) && r.severity() != null);
        return !stated || rules.severityOf(eventType) == Severity.CRITICAL;
    }

    private static List<Recipient> recipients(RecipientKind kind, Site site, Directory people) {
        Optional<List<Recipient>> byRole = people.byRole(kind, site);
        if (byRole.isPresent()) {
            return byRole.get();
        }
        switch (kind) {
            case EVERYONE:
            case ASSIGNEE:
            case COMPLAINANT:
            case ACCUSED:
            case OBJECTOR:
            case EMPLOYEE:
                return people.recipients();
            default:
                // the external complainant and a banned customer are not people of the directory
                return List.of();
        }
    }

    private static void addAll(Set<String> ids, List<Recipient> recipients) {
        recipients.forEach(r -> ids.add(r.id()));
    }
}
