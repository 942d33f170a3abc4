package io.frontline.notification.adapter.in.rest.escalation;

import io.frontline.notification.application.domain.model.escalation.EscalationStatistics;
import io.frontline.notification.application.port.in.escalation.EscalationStatisticsCommand;
import io.frontline.notification.application.port.in.escalation.EscalationStatisticsQuery;
import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.security.CurrentActor;
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
import java.util.Map;

/** Safety analytics of escalations and deliveries (issue 14). */
@Path("/api/escalations/stats")
@Tag(name = "Safety analytics")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class EscalationStatisticsResource {
    @Inject
    EscalationStatisticsQuery statistics;

    @Inject
    CurrentActor currentActor;

    public record Response(LocalDate from, LocalDate to, List<String> sites, EscalationStatistics.Group total,
                           List<EscalationStatistics.Group> byPolicy, List<EscalationStatistics.Group> byLevel,
                           Map<String, Long> deliveriesFailedByChannel) {
    }

    @GET
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "Escalations started from `from` to `to` (dates, inclusive) in your scope, by policy and level",
            description = "site or region narrows the scope; one you do not oversee is 403. deliveriesFailedByChannel "
                    + "only for the whole chain (HQ safety, admin), else null: a delivery belongs to no site.")
    public Response stats(@QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("site") String site, @QueryParam("region") String region) {
        EscalationStatisticsCommand command = new EscalationStatisticsCommand(currentActor.get(), date(from, "from"),
                date(to, "to"), blank(site), blank(region));
        EscalationStatisticsQuery.Figures f = statistics.statistics(command);
        return new Response(command.from(), command.to(), f.sites(), f.report().total(), f.report().byPolicy(),
                f.report().byLevel(), f.deliveriesFailedByChannel());
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
