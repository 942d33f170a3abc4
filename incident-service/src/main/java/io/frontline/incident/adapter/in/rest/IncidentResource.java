package io.frontline.incident.adapter.in.rest;

import io.frontline.platform.domain.WireName;
import io.frontline.incident.application.domain.model.Incident;
import io.frontline.incident.application.domain.model.IncidentType;
import io.frontline.incident.application.domain.model.PoliceReport;
import io.frontline.incident.application.port.in.AddIncidentDetailsCommand;
import io.frontline.incident.application.port.in.AddIncidentDetailsUseCase;
import io.frontline.incident.application.port.in.ChangeIncidentStatusCommand;
import io.frontline.incident.application.port.in.ChangeIncidentStatusUseCase;
import io.frontline.incident.application.port.in.GetIncidentQuery;
import io.frontline.incident.application.port.in.IncidentTransition;
import io.frontline.incident.application.port.in.RecordPoliceReportCommand;
import io.frontline.incident.application.port.in.RecordPoliceReportUseCase;
import io.frontline.incident.application.port.in.ReportIncidentCommand;
import io.frontline.incident.application.port.in.ReportIncidentUseCase;
import io.frontline.incident.application.port.in.ReportedIncident;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.security.CurrentActor;
import io.frontline.platform.security.IdentifierKind;
import io.frontline.platform.security.SubjectKeys;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Path("/api/incidents")
@Tag(name = "Incidents")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IncidentResource {
    @Inject
    ReportIncidentUseCase reportIncident;

    @Inject
    GetIncidentQuery getIncident;

    @Inject
    ChangeIncidentStatusUseCase changeStatus;

    @Inject
    RecordPoliceReportUseCase policeReports;

    @Inject
    AddIncidentDetailsUseCase addDetails;

    @Inject
    CurrentActor currentActor;

    @Inject
    SubjectKeys subjectKeys;

    @POST
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.INCIDENT_REPORT})
    @Operation(summary = "Report a harassment incident at one of your sites",
            description = "The answer adds nextSteps: the first step of the care plan (task code and due time) and "
                    + "who will contact you (role code and site). A perpetrator's phone, e-mail or loyalty card "
                    + "becomes a subject key at once; the raw value is neither stored nor returned. "
                    + "immediateDanger makes the incident critical and the safety check due at once.")
    public Response report(@Valid @NotNull ReportIncidentRequest request, UriInfo uri) {
        PerpetratorRequest perpetrator = request.perpetrator();
        SubjectKey perpetratorKey = subjectKey(perpetrator);
        ReportedIncident reported = reportIncident.report(new ReportIncidentCommand(currentActor.get(),
                request.site(), types(request.types()), request.description(), request.occurredAt(),
                Boolean.TRUE.equals(request.immediateDanger()), perpetratorKey,
                perpetrator == null ? null : perpetrator.description(), request.victims(), request.witnesses(),
                Boolean.TRUE.equals(request.specialistNeeded())));
        Incident incident = reported.incident();
        return Response.created(uri.getAbsolutePathBuilder().path(incident.id().toString()).build())
                .entity(IncidentResponse.of(incident, reported.nextSteps())).build();
    }

    @POST
    @Path("{id}/details")
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Add details to an incident you reported or oversee: when it happened, more types, "
            + "victims, witnesses, the perpetrator, immediate danger; the severity is derived again")
    public IncidentResponse addDetails(@PathParam("id") UUID id, @Valid @NotNull AddIncidentDetailsRequest body) {
        PerpetratorRequest perpetrator = body.perpetrator();
        return IncidentResponse.of(addDetails.addDetails(new AddIncidentDetailsCommand(currentActor.get(), id,
                body.occurredAt(), body.types() == null ? Set.of() : types(body.types()), body.victims(),
                body.witnesses(), subjectKey(perpetrator), perpetrator == null ? null : perpetrator.description(),
                body.immediateDanger())));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "Read an incident of one of your sites")
    public IncidentResponse get(@PathParam("id") UUID id) {
        return IncidentResponse.of(getIncident.get(currentActor.get(), id));
    }

    @POST
    @Path("{id}/{transition: triage|investigation|confirmation|unfounded|closure|reopening}")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Take a step in the incident workflow; illegal steps answer 409")
    public IncidentResponse transition(@PathParam("id") UUID id, @PathParam("transition") String transition,
                                       @Valid NoteRequest body) {
        IncidentTransition step;
        switch (transition) {
            case "triage": step = IncidentTransition.TRIAGE; break;
            case "investigation": step = IncidentTransition.START_INVESTIGATION; break;
            case "confirmation": step = IncidentTransition.CONFIRM; break;
            case "unfounded": step = IncidentTransition.DECLARE_UNFOUNDED; break;
            case "closure": step = IncidentTransition.CLOSE; break;
            default: step = IncidentTransition.REOPEN; break;
        }
        return IncidentResponse.of(changeStatus.change(new ChangeIncidentStatusCommand(currentActor.get(), id, step,
                body == null ? null : body.note())));
    }

    @PUT
    @Path("{id}/police-report")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Record the police report that was filed")
    public IncidentResponse policeReport(@PathParam("id") UUID id, @Valid @NotNull PoliceReportRequest body) {
        return IncidentResponse.of(policeReports.recordPoliceReport(new RecordPoliceReportCommand(currentActor.get(),
                id, new PoliceReport(body.station().strip(), body.reference().strip(), body.filedOn()))));
    }

    /** The raw identifier goes no further than this method: only its subject key enters a command. */
    private SubjectKey subjectKey(PerpetratorRequest perpetrator) {
        return perpetrator == null || !perpetrator.hasIdentifier() ? null
                : subjectKeys.of(identifierKind(perpetrator.identifierKind()), perpetrator.identifier());
    }

    private static Set<IncidentType> types(List<String> wire) {
        Set<IncidentType> types = EnumSet.noneOf(IncidentType.class);
        wire.forEach(t -> types.add(WireName.parse(IncidentType.class, t, "types")));
        return types;
    }

    private static IdentifierKind identifierKind(String wire) {
        return WireName.parse(IdentifierKind.class, wire, "perpetrator.identifierKind");
    }
}
