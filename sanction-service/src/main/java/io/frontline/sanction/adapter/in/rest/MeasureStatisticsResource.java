package io.frontline.sanction.adapter.in.rest;

import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.WireName;
import io.frontline.platform.security.CurrentActor;
import io.frontline.sanction.application.domain.model.MeasureStatistics;
import io.frontline.sanction.application.port.in.MeasureStatisticsCommand;
import io.frontline.sanction.application.port.in.MeasureStatisticsQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Safety analytics of the ban ladder (issue 14). */
@Path("/api/measures/stats")
@Tag(name = "Safety analytics")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class MeasureStatisticsResource {
    @Inject
    MeasureStatisticsQuery statistics;

    @Inject
    CurrentActor currentActor;

    public record Totals(long proposed, long approved, long rejected, long lifted, long violations) {
    }

    public record Outcome(String type, String rule, long proposed, long approved, long rejected, long lifted) {
    }

    public record ActiveBans(String type, long active) {
    }

    public record SiteViolations(String site, long violations) {
    }

    public record ChannelViolations(String channel, long violations) {
    }

    /** {@code banChecks} is null: a check that hits nothing is not recorded, only the hits (violations) are. */
    public record Response(LocalDate from, LocalDate to, List<String> sites, Totals totals, List<Outcome> outcomes,
                           List<ActiveBans> activeBans, List<SiteViolations> violationsBySite,
                           List<ChannelViolations> violationsByChannel, Long banChecks) {
    }

    @GET
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "The ban ladder's figures from `from` to `to` (dates, inclusive), in your scope",
            description = "Customer measures proposed, approved, rejected and lifted by type and ladder rule; bans in "
                    + "force now; ban violations per site and channel. site or region narrows the scope; one you do "
                    + "not oversee is 403.")
    public Response stats(@QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("site") String site, @QueryParam("region") String region) {
        MeasureStatisticsCommand command = new MeasureStatisticsCommand(currentActor.get(), date(from, "from"),
                date(to, "to"), blank(site), blank(region));
        MeasureStatistics.Report r = statistics.statistics(command);
        return new Response(command.from(), command.to(), r.sites(),
                new Totals(r.proposed(), r.approved(), r.rejected(), r.lifted(), r.violations()),
                r.outcomes().stream().map(o -> new Outcome(WireName.of(o.type()), o.rule(), o.proposed(),
                        o.approved(), o.rejected(), o.lifted())).toList(),
                r.activeBans().stream().map(a -> new ActiveBans(WireName.of(a.type()), a.active())).toList(),
                r.violationsBySite().stream().map(v -> new SiteViolations(v.site(), v.violations())).toList(),
                r.violationsByChannel().stream().map(v -> new ChannelViolations(WireName.of(v.channel()),
                        v.violations())).toList(), null);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValue(field, field + " must be a date such as 2026-11-01");
        }
    }
}
