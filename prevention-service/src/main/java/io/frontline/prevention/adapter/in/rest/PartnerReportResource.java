package io.frontline.prevention.adapter.in.rest;

import io.frontline.platform.domain.Roles;
import io.frontline.platform.security.CurrentActor;
import io.frontline.prevention.application.domain.model.PartnerReport;
import io.frontline.prevention.application.port.in.PartnerReportUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Business partners' reports for HR: read, open the internal procedure, conclude with the outcome for the reporter. */
@Path("/api/partner-reports")
@Tag(name = "Business partners")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerReportResource {
    @Inject
    PartnerReportUseCase reports;

    @Inject
    CurrentActor currentActor;

    public record NoteRequest(String note) {
    }

    public record OutcomeRequest(String outcome, String message) {
    }

    public record ReportResponse(String id, String reference, String organisation, String reporterName,
                                 String reporterContact, String site, String employeeDescription, String description,
                                 LocalDate occurredOn, String status, Instant receivedAt, String handledBy, String hrNote,
                                 String outcome, String outcomeMessage, Instant concludedAt) {
        static ReportResponse of(PartnerReport r) {
            return new ReportResponse(r.id().toString(), r.reference(), r.organisation(), r.reporterName(),
                    r.reporterContact(), r.siteId(), r.employeeDescription(), r.description(), r.occurredOn(),
                    Wire.of(r.status()), r.receivedAt(), r.handledBy(), r.hrNote(), Wire.of(r.outcome()),
                    r.outcomeMessage(), r.concludedAt());
        }
    }

    @GET
    @RolesAllowed(Roles.HR)
    @Operation(summary = "Reports received, newest first")
    public List<ReportResponse> list() {
        return reports.reports(currentActor.get()).stream().map(ReportResponse::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.HR)
    @Operation(summary = "One report")
    public ReportResponse get(@PathParam("id") UUID id) {
        return ReportResponse.of(reports.report(currentActor.get(), id));
    }

    @POST
    @Path("{id}/procedure")
    @RolesAllowed(Roles.HR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open the seed-004 internal procedure on the report (the reporter sees it is being handled)")
    public ReportResponse procedure(@PathParam("id") UUID id, NoteRequest r) {
        return ReportResponse.of(reports.openProcedure(currentActor.get(), id, r == null ? null : r.note()));
    }

    @POST
    @Path("{id}/outcome")
    @RolesAllowed(Roles.HR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Conclude: outcome measures-taken, internal-procedure-opened, no-harassment-found or "
            + "not-our-employee, and the message the reporter reads")
    public ReportResponse outcome(@PathParam("id") UUID id, @NotNull OutcomeRequest r) {
        return ReportResponse.of(reports.conclude(currentActor.get(), id,
                Wire.parse(PartnerReport.Outcome.class, r.outcome(), "outcome"), r.message()));
    }
}
