package io.frontline.incident.adapter.in.rest;

import io.frontline.incident.application.domain.model.IncidentQueueFilter;
import io.frontline.incident.application.domain.model.IncidentQueueSort;
import io.frontline.incident.application.domain.model.IncidentSource;
import io.frontline.incident.application.domain.model.IncidentStatus;
import io.frontline.incident.application.domain.model.IncidentSummary;
import io.frontline.incident.application.domain.model.IncidentType;
import io.frontline.incident.application.domain.model.Severity;
import io.frontline.incident.application.port.in.ListIncidentsCommand;
import io.frontline.incident.application.port.in.ListIncidentsUseCase;
import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.WireName;
import io.frontline.platform.query.Cursor;
import io.frontline.platform.query.ListPage;
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

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.frontline.incident.adapter.in.rest.IncidentResponse.wire;

/** The incidents queue of managers and HQ safety (issue 13). */
@Path("/api/incidents")
@Tag(name = "Work queues")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentQueueResource {
    @Inject
    ListIncidentsUseCase incidents;

    @Inject
    CurrentActor currentActor;

    /** A line of the queue: no description, statements or perpetrator. */
    public record IncidentItem(UUID id, String reference, String site, List<String> types, String severity,
                               String status, String source, Instant occurredAt, Instant reportedAt, String outcome) {
        static IncidentItem of(IncidentSummary i) {
            return new IncidentItem(i.id(), i.reference().value(), i.siteId(),
                    i.types().stream().map(t -> wire(t.name())).sorted().toList(), wire(i.severity().name()),
                    wire(i.status().name()), wire(i.source().name()), i.occurredAt(), i.reportedAt(),
                    i.outcome() == null ? null : wire(i.outcome().name()));
        }
    }

    @GET
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "The incidents of the sites you oversee, filtered, sorted and a page at a time",
            description = "Filters (all optional): status, site, region (its sites in your scope), severity, type, "
                    + "source, and a date range from "
                    + "(inclusive) to (exclusive), ISO-8601 instants, on dates=reported (default) or occurred; "
                    + "weekday (1 Monday … 7 Sunday) and hour (0–23) of the time it happened, in the site's zone "
                    + "(needs site): a cell of the analytics heat map. "
                    + "sort: -reported (default), reported, -occurred, occurred, -severity, severity. "
                    + "limit 1..200 (default 50); cursor: the previous page's next. Another site's incidents are "
                    + "never in the list: a site outside your scope lists nothing.")
    public ListPage<IncidentItem> list(@QueryParam("status") String status, @QueryParam("site") String site,
                                       @QueryParam("severity") String severity, @QueryParam("type") String type,
                                       @QueryParam("source") String source, @QueryParam("dates") String dates,
                                       @QueryParam("from") String from, @QueryParam("to") String to,
                                       @QueryParam("weekday") String weekday, @QueryParam("hour") String hour,
                                       @QueryParam("region") String region,
                                       @QueryParam("sort") String sort, @QueryParam("limit") Integer limit,
                                       @QueryParam("cursor") String cursor) {
        IncidentQueueSort order = sort(sort);
        IncidentQueueFilter filter = new IncidentQueueFilter(
                WireName.parse(IncidentStatus.class, status, "status"),
                site == null || site.isBlank() ? null : site.strip(),
                WireName.parse(Severity.class, severity, "severity"),
                WireName.parse(IncidentType.class, type, "type"),
                WireName.parse(IncidentSource.class, source, "source"),
                WireName.parse(IncidentQueueFilter.DateField.class, dates, "dates"),
                instant(from, "from"), instant(to, "to"), number(weekday, "weekday"), number(hour, "hour"),
                region == null || region.isBlank() ? null : region.strip());
        return incidents.list(new ListIncidentsCommand(currentActor.get(), filter, order, ListPage.limit(limit),
                Cursor.parse(cursor, order.wire()))).map(IncidentItem::of);
    }

    static IncidentQueueSort sort(String wire) {
        if (wire == null || wire.isBlank()) {
            return IncidentQueueSort.NEWEST_REPORTED;
        }
        IncidentQueueSort sort = IncidentQueueSort.ofWire(wire.strip());
        if (sort == null) {
            throw new InvalidValue("sort", "sort must be one of " + Arrays.stream(IncidentQueueSort.values())
                    .map(IncidentQueueSort::wire).collect(Collectors.joining(", ")));
        }
        return sort;
    }

    static Integer number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValue(field, field + " must be a whole number");
        }
    }

    static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValue(field, field + " must be an ISO-8601 instant, e.g. 2026-11-01T00:00:00Z");
        }
    }
}
