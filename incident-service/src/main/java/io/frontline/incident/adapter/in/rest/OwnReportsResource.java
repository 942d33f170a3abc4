package io.frontline.incident.adapter.in.rest;

import io.frontline.incident.application.domain.model.CareTask;
import io.frontline.incident.application.domain.model.Incident;
import io.frontline.incident.application.domain.model.IncidentStatus;
import io.frontline.incident.application.port.in.OwnReportsQuery;
import io.frontline.incident.application.port.in.OwnReportsQuery.OwnReport;
import io.frontline.incident.application.port.in.OwnReportsQuery.OwnReports;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static io.frontline.incident.adapter.in.rest.IncidentResponse.wire;

/**
 * "My reports" for the person who reported: their own incidents only (the reporter is the token's user), with
 * status, outcome and the care meant for them. Deliberately narrow: no description, statements, evidence, victims'
 * or witnesses' names, and nothing of the perpetrator — not their subject key, not their description.
 */
@Path("/api/incidents/mine")
@Tag(name = "Incidents")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class OwnReportsResource {
    @Inject
    OwnReportsQuery ownReports;

    @Inject
    CurrentActor currentActor;

    /** Newest first, at most 100; {@code more} when there are older ones. */
    public record OwnReportsResponse(List<OwnReportItem> reports, boolean more) {
    }

    /**
     * One of your reports. {@code status}: reported, triaged, under-investigation, confirmed, unfounded, closed;
     * {@code outcome}: confirmed or unfounded once decided (kept when closed); {@code preventionNote}: how
     * recurrence is prevented, once closed.
     */
    public record OwnReportItem(UUID id, String reference, String site, List<String> types, Instant occurredAt,
                                Instant reportedAt, String status, String outcome, String preventionNote,
                                List<CareTaskItem> careTasks) {
    }

    /** A step of the care plan: {@code task} is the kind's code, {@code status} open, done or skipped. */
    public record CareTaskItem(String task, Instant dueAt, String status) {
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "The incidents you reported, newest first (at most 100), with status, outcome and your care "
            + "plan; nothing of other people's statements, the evidence or the perpetrator")
    public OwnReportsResponse mine() {
        OwnReports found = ownReports.reportsOf(currentActor.get());
        return new OwnReportsResponse(found.reports().stream().map(OwnReportsResource::item).toList(), found.more());
    }

    private static OwnReportItem item(OwnReport report) {
        Incident i = report.incident();
        boolean closed = i.status() == IncidentStatus.CLOSED;
        return new OwnReportItem(i.id(), i.reference().value(), i.siteId(),
                i.types().stream().map(t -> wire(t.name())).sorted().toList(), i.occurredAt(), i.reportedAt(),
                wire(i.status().name()), i.progress().outcome() == null ? null : wire(i.progress().outcome().name()),
                closed ? i.progress().recurrencePreventionNote() : null,
                report.careTasks().stream().sorted(Comparator.comparing(CareTask::dueAt))
                        .map(t -> new CareTaskItem(wire(t.kind().name()), t.dueAt(), wire(t.status().name())))
                        .toList());
    }
}
