package io.frontline.notification.adapter.in.rest;

import io.frontline.notification.application.domain.model.RoutingRule;
import io.frontline.notification.application.domain.model.escalation.EscalationPolicy;
import io.frontline.notification.application.domain.model.escalation.PolicyLevel;
import io.frontline.notification.application.domain.model.escalation.Responder;
import io.frontline.notification.application.port.in.ShowActiveConfigurationUseCase;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Region;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.Site;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;

/**
 * The configuration this service applies, as loaded (issue 14): the organisation, the routing rules and the
 * escalation policies. Read-only; administrators, and HQ safety who answer for the chain's safety approach. No
 * personal data is in it.
 */
@Path("/api/admin/configuration")
@Tag(name = "Configuration")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.HQ_SAFETY})
public class ActiveConfigurationResource {
    @Inject
    ShowActiveConfigurationUseCase configuration;

    public record RegionBody(String id, String name) {
    }

    public record SiteBody(String id, String name, String type, String region, String timeZone,
                           List<String> workingDays, List<String> holidays, List<String> departments) {
    }

    public record OrganisationBody(String chainId, String chainName, String timeZone, String repeatWindow,
                                   List<RegionBody> regions, List<SiteBody> sites) {
    }

    public record RoutingRuleBody(String eventType, String minSeverity, List<String> sites, String severity,
                                  List<String> recipients, List<String> channels) {
    }

    public record LevelBody(int level, List<String> who, String acknowledgeWithin) {
    }

    public record PolicyBody(String name, String minSeverity, List<String> eventTypes, List<LevelBody> levels,
                             int repeat) {
    }

    @GET
    @Path("organisation")
    @Operation(summary = "Regions and sites with their time zones and business calendars, as loaded")
    public OrganisationBody organisation() {
        Organisation o = configuration.organisation();
        return new OrganisationBody(o.chainId(), o.chainName(), o.timeZone().getId(), o.repeatWindow().length().toString(),
                o.regions().stream().map((Region r) -> new RegionBody(r.id(), r.name())).toList(),
                o.sites().stream().map(ActiveConfigurationResource::site).toList());
    }

    @GET
    @Path("routing-rules")
    @Operation(summary = "The routing rules in force")
    public List<RoutingRuleBody> routingRules() {
        return configuration.routingRules().rules().stream().map(ActiveConfigurationResource::rule).toList();
    }

    @GET
    @Path("escalation-policies")
    @Operation(summary = "The escalation policies in force, with each level's wait for an acknowledgement")
    public List<PolicyBody> escalationPolicies() {
        return configuration.escalationPolicies().policies().stream().map(ActiveConfigurationResource::policy)
                .toList();
    }

    private static SiteBody site(Site s) {
        return new SiteBody(s.id(), s.name(), s.type().name().toLowerCase(Locale.ROOT).replace('_', '-'), s.regionId(),
                s.timeZone().getId(),
                s.calendar() == null ? List.of() : s.calendar().workingDays().stream().sorted()
                        .map(DayOfWeek::name).map(d -> d.toLowerCase(Locale.ROOT)).toList(),
                s.calendar() == null ? List.of() : s.calendar().holidays().stream().sorted().map(Object::toString).toList(),
                s.departments().stream().map(d -> d.id()).toList());
    }

    private static RoutingRuleBody rule(RoutingRule r) {
        return new RoutingRuleBody(r.eventType(), lower(r.minSeverity()), r.sites().stream().sorted().toList(),
                lower(r.severity()), r.recipients().stream().map(k -> k.code()).toList(),
                r.channels().stream().map(c -> c.code()).sorted().toList());
    }

    private static PolicyBody policy(EscalationPolicy p) {
        List<LevelBody> levels = new java.util.ArrayList<>();
        for (int i = 0; i < p.levels().size(); i++) {
            PolicyLevel level = p.levels().get(i);
            levels.add(new LevelBody(i + 1, level.who().stream().map(Responder::wireName).toList(),
                    level.acknowledgeWithin().toString()));
        }
        return new PolicyBody(p.name(), lower(p.minSeverity()), p.eventTypes().stream().sorted().toList(), levels,
                p.repeat());
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
