package io.frontline.notification.application.domain.service;

import io.frontline.notification.application.domain.model.Channel;
import io.frontline.notification.application.domain.model.Directory;
import io.frontline.notification.application.domain.model.Notice;
import io.frontline.notification.application.domain.model.Notice.Audience;
import io.frontline.notification.application.domain.model.Recipient;
import io.frontline.notification.application.domain.model.RecipientKind;
import io.frontline.notification.application.domain.model.RoutedEvent;
import io.frontline.notification.application.domain.model.RoutingRule;
import io.frontline.notification.application.domain.model.RoutingRules;
import io.frontline.notification.application.domain.model.Severity;
import io.frontline.notification.application.port.in.RouteEventCommand;
import io.frontline.notification.application.port.in.RouteEventUseCase;
import io.frontline.notification.application.port.out.LoadDirectoryPort;
import io.frontline.notification.application.port.out.RoutingRulesPort;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Routes events by the routing rules to the people of the directory (see {@link RouteEventUseCase}). */
@ApplicationScoped
public class RoutingService implements RouteEventUseCase {
    /** Facts that name the parties of an event, by directory person id. */
    public static final String ASSIGNEE = "assignee";
    public static final String COMPLAINANT_USER = "complainantUserId";
    /** The subject key of the customer a ban is about, set only by events that tell the customer (issue 17). */
    public static final String CUSTOMER_SUBJECT_KEY = "customerSubjectKey";
    public static final String ACCUSED_USER = "accusedUserId";
    public static final String OBJECTOR_USER = "objectorUserId";
    public static final String COMPLAINT_ID = "complaintId";
    public static final String EMPLOYEE_USER = "userId";

    private final RoutingRulesPort rules;
    private final LoadDirectoryPort directory;
    private final Escalations escalation;
    private final NoticeDeliveries deliveries;
    private final Organisation organisation;
    private UrgentFirst urgentFirst = new UrgentFirst();

    @Inject
    public RoutingService(RoutingRulesPort rules, LoadDirectoryPort directory, Escalations escalation,
                          NoticeDeliveries deliveries, Organisation organisation) {
        this.rules = rules;
        this.directory = directory;
        this.escalation = escalation;
        this.deliveries = deliveries;
        this.organisation = organisation;
    }

    private static final class Target {
        final Recipient recipient;
        Audience audience = Audience.STAFF;
        final Set<Channel> channels = EnumSet.noneOf(Channel.class);

        Target(Recipient recipient) {
            this.recipient = recipient;
        }
    }

    /** High and critical news being routed holds the routine senders back a moment (issue 15). */
    @Inject
    void setUrgentFirst(UrgentFirst urgentFirst) {
        this.urgentFirst = urgentFirst;
    }

    @Override
    @Transactional
    public void route(RouteEventCommand command) {
        boolean urgent = severity(command.severity())
                .orElseGet(() -> rules.routingRules().severityOf(command.eventType())).bypassesQuietHours();
        if (!urgent) {
            routeNow(command);
            return;
        }
        urgentFirst.begin();
        try {
            routeNow(command);
        } finally {
            urgentFirst.end();
        }
    }

    private void routeNow(RouteEventCommand command) {
        // An unknown site is an error, not a silent drop: the event is retried, then dead-lettered.
        Site site = command.siteId() == null ? null : organisation.site(command.siteId());
        RoutingRules ruleSet = rules.routingRules();
        Severity severity = severity(command.severity()).orElseGet(() -> ruleSet.severityOf(command.eventType()));
        List<RoutingRule> matching = ruleSet.matching(command.eventType(), severity, command.siteId());
        RoutedEvent event = new RoutedEvent(command.eventId(), command.eventType(), severity, command.siteId(),
                command.reference(), command.occurredAt(), command.facts());
        // A person acting on what an escalation is about acknowledges it, whether or not the event tells anybody.
        escalation.acknowledgeByAction(event);
        if (matching.isEmpty()) {
            return;
        }
        Directory people = directory.loadDirectory();
        // The escalation told the first responsible people itself (with an acknowledgement link).
        Set<String> toldByEscalation = escalation.escalate(event) && site != null
                ? people.firstResponsibleFor(site).stream().map(Recipient::id).collect(Collectors.toSet())
                : Set.of();

        Map<String, Target> targets = new LinkedHashMap<>();
        Set<Channel> complainantChannels = EnumSet.noneOf(Channel.class);
        Set<Channel> customerChannels = EnumSet.noneOf(Channel.class);
        for (RoutingRule rule : matching) {
            for (RecipientKind kind : rule.recipients()) {
                if (kind == RecipientKind.COMPLAINANT_CONTACT) {
                    complainantChannels.addAll(rule.channels());
                    continue;
                }
                if (kind == RecipientKind.BANNED_CUSTOMER) {
                    customerChannels.addAll(rule.channels());
                    continue;
                }
                for (Recipient recipient : resolve(kind, site, event, people)) {
                    Target target = targets.computeIfAbsent(recipient.id(), id -> new Target(recipient));
                    target.channels.addAll(rule.channels());
                    target.audience = stricter(target.audience, audienceOf(kind));
                }
            }
        }
        for (Target target : targets.values()) {
            if (!toldByEscalation.contains(target.recipient.id())) {
                deliveries.toPerson(target.recipient, Notice.of(event, target.audience), target.channels);
            }
        }
        String complaintId = event.facts().get(COMPLAINT_ID);
        if (complainantChannels.contains(Channel.EMAIL) && complaintId != null) {
            deliveries.toExternalComplainant(complaintId, Notice.of(event, Audience.COMPLAINANT_CONTACT));
        }
        String customer = event.facts().get(CUSTOMER_SUBJECT_KEY);
        if (customer != null && (customerChannels.contains(Channel.EMAIL) || customerChannels.contains(Channel.SMS))) {
            deliveries.toBannedCustomer(customer, Notice.of(event, Audience.CUSTOMER), customerChannels);
        }
    }

    private static List<Recipient> resolve(RecipientKind kind, Site site, RoutedEvent event, Directory people) {
        Optional<List<Recipient>> byRole = people.byRole(kind, site);
        if (byRole.isPresent()) {
            return byRole.get();
        }
        switch (kind) {
            case ASSIGNEE:
                return person(people, event.facts().get(ASSIGNEE));
            case COMPLAINANT:
                return person(people, event.facts().get(COMPLAINANT_USER));
            case ACCUSED:
                return person(people, event.facts().get(ACCUSED_USER));
            case OBJECTOR:
                return person(people, event.facts().get(OBJECTOR_USER));
            case EVERYONE:
                return people.recipients();
            case EMPLOYEE:
                return person(people, event.facts().get(EMPLOYEE_USER));
            default:
                return List.of();
        }
    }

    private static List<Recipient> person(Directory people, String id) {
        return id == null ? List.of() : people.find(id).map(List::of).orElse(List.of());
    }

    private static Audience audienceOf(RecipientKind kind) {
        switch (kind) {
            case COMPLAINANT:
                return Audience.COMPLAINANT;
            // An objector may be the accused: written for the accused, who may learn the least.
            case ACCUSED:
            case OBJECTOR:
                return Audience.ACCUSED;
            default:
                return Audience.STAFF;
        }
    }

    /** A person who is also a party of the case gets the text of the party, never more. */
    private static Audience stricter(Audience a, Audience b) {
        if (a == Audience.ACCUSED || b == Audience.ACCUSED) {
            return Audience.ACCUSED;
        }
        if (a == Audience.COMPLAINANT || b == Audience.COMPLAINANT) {
            return Audience.COMPLAINANT;
        }
        return Audience.STAFF;
    }

    private static Optional<Severity> severity(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Severity.valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
