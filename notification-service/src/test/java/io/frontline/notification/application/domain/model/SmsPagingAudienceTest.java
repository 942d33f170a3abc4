package io.frontline.notification.application.domain.model;

import io.frontline.notification.application.domain.model.escalation.EscalationPolicies;
import io.frontline.notification.application.domain.model.escalation.EscalationPolicy;
import io.frontline.notification.application.domain.model.escalation.PolicyLevel;
import io.frontline.notification.application.domain.model.escalation.Responder;
import io.frontline.platform.domain.BusinessCalendar;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Region;
import io.frontline.platform.domain.Site;
import io.frontline.platform.domain.SiteType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who needs a mobile number (issue 15) follows from the configuration in force — the routing rules that page by SMS
 * and the escalation policies critical news climbs — not from a list of roles.
 */
class SmsPagingAudienceTest {
    private static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");
    private static final String LIVE_ALERT = "frontline.incident.live-alert.v1";
    private static final String REPORTED = "frontline.incident.reported.v1";
    private static final String RECEIVED = "frontline.complaint.received.v1";

    private static final Organisation ORGANISATION = new Organisation("chain", "Chain", "NL",
            List.of(new Region("north", "Noord"), new Region("south", "Zuid")),
            List.of(site("ams", "north"), site("cc", "north"), site("unmanaged", "south")));
    private static final Directory DIRECTORY = new Directory(List.of(
            person("sanne", "site-manager", Set.of("ams"), Set.of()),
            person("ruben", "site-manager", Set.of("cc"), Set.of()),
            person("noor", "regional-manager", Set.of(), Set.of("north")),
            person("thijs", "regional-manager", Set.of(), Set.of("south")),
            person("henk", "hq-safety", Set.of(), Set.of()),
            person("hanna", "hr", Set.of(), Set.of()),
            person("emma", "staff", Set.of("ams"), Set.of())));

    private static final EscalationPolicy CRITICAL = new EscalationPolicy("critical", Severity.CRITICAL, Set.of(),
            List.of(new PolicyLevel(List.of(Responder.SITE_MANAGER), Duration.ofMinutes(5)),
                    new PolicyLevel(List.of(Responder.REGIONAL_MANAGER), Duration.ofMinutes(10)),
                    new PolicyLevel(List.of(Responder.HQ_SAFETY), Duration.ofMinutes(10))), 2);
    private static final EscalationPolicy HIGH = new EscalationPolicy("high", Severity.HIGH, Set.of(),
            List.of(new PolicyLevel(List.of(Responder.HR), Duration.ofMinutes(15))), 0);

    @Test
    void with_the_shipped_configuration_the_people_critical_escalations_climb_to_need_a_number_and_staff_and_hr_do_not() {
        RoutingRules rules = new RoutingRules(List.of(
                rule(RECEIVED, null, Severity.MEDIUM, List.of(RecipientKind.SITE_MANAGER), Channel.EMAIL),
                rule(REPORTED, null, null, List.of(RecipientKind.SITE_MANAGER), Channel.EMAIL),
                rule(LIVE_ALERT, null, Severity.CRITICAL, List.of(RecipientKind.SITE_MANAGER), Channel.SMS)));
        Set<String> paged = new SmsPagingAudience(rules, new EscalationPolicies(List.of(CRITICAL, HIGH)), ORGANISATION)
                .of(DIRECTORY);
        // HR is on the high policy only: a critical event falls under the first policy that covers it
        assertThat(paged).containsExactly("henk", "noor", "ruben", "sanne", "thijs");
    }

    @Test
    void a_chain_that_pages_hr_by_sms_for_live_alerts_sees_hr_needing_a_number() {
        RoutingRules rules = new RoutingRules(List.of(
                rule(LIVE_ALERT, null, Severity.CRITICAL, List.of(RecipientKind.HR), Channel.SMS)));
        Set<String> paged = new SmsPagingAudience(rules, new EscalationPolicies(List.of()), ORGANISATION).of(DIRECTORY);
        assertThat(paged).containsExactly("hanna");
    }

    @Test
    void an_sms_rule_for_news_that_is_never_critical_pages_nobody() {
        RoutingRules rules = new RoutingRules(List.of(
                rule(RECEIVED, null, Severity.HIGH, List.of(RecipientKind.EVERYONE), Channel.SMS)));
        Set<String> paged = new SmsPagingAudience(rules, new EscalationPolicies(List.of(CRITICAL)), ORGANISATION)
                .of(DIRECTORY);
        assertThat(paged).isEmpty();
    }

    @Test
    void a_site_without_a_manager_falls_to_its_regional_manager_as_routing_does_and_a_site_filter_is_kept() {
        RoutingRules rules = new RoutingRules(List.of(
                rule(LIVE_ALERT, Set.of("unmanaged"), Severity.CRITICAL, List.of(RecipientKind.SITE_MANAGER),
                        Channel.SMS)));
        Set<String> paged = new SmsPagingAudience(rules, new EscalationPolicies(List.of()), ORGANISATION).of(DIRECTORY);
        assertThat(paged).containsExactly("thijs");
    }

    @Test
    void a_policy_for_other_event_types_does_not_count_and_a_deactivated_person_is_not_in_the_directory_it_reads() {
        RoutingRules rules = new RoutingRules(List.of(
                rule(LIVE_ALERT, null, Severity.CRITICAL, List.of(RecipientKind.HQ_SAFETY), Channel.EMAIL)));
        EscalationPolicy onlyComplaints = new EscalationPolicy("complaints", Severity.LOW, Set.of(RECEIVED),
                List.of(new PolicyLevel(List.of(Responder.HR), Duration.ofMinutes(15))), 0);
        EscalationPolicy regional = new EscalationPolicy("regional", Severity.CRITICAL, Set.of(),
                List.of(new PolicyLevel(List.of(Responder.REGIONAL_MANAGER), Duration.ofMinutes(15))), 0);
        Set<String> paged = new SmsPagingAudience(rules, new EscalationPolicies(List.of(onlyComplaints, regional)),
                ORGANISATION).of(new Directory(DIRECTORY.recipients().stream().filter(r -> !r.id().equals("thijs"))
                .toList()));
        assertThat(paged).containsExactly("noor");
    }

    private static RoutingRule rule(String type, Set<String> sites, Severity severity, List<RecipientKind> to,
                                    Channel... channels) {
        return new RoutingRule(type, null, sites == null ? Set.of() : sites, severity, to, Set.of(channels));
    }

    private static Site site(String id, String region) {
        return new Site(id, id, SiteType.BRANCH, region, AMS, BusinessCalendar.MONDAY_TO_FRIDAY, List.of());
    }

    private static Recipient person(String id, String role, Set<String> sites, Set<String> regions) {
        return new Recipient(id, id, id + "@example.org", Language.EN, AMS, Set.of(role), sites, regions);
    }
}
