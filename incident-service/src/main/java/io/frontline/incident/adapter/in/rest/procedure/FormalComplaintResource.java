package io.frontline.incident.adapter.in.rest.procedure;

import io.frontline.incident.application.domain.model.procedure.CaseAdvice;
import io.frontline.incident.application.domain.model.procedure.Finding;
import io.frontline.incident.application.domain.model.procedure.FormalComplaint;
import io.frontline.incident.application.domain.model.procedure.HearingAcknowledgement;
import io.frontline.incident.application.domain.model.procedure.InterimMeasureKind;
import io.frontline.incident.application.domain.model.procedure.StaffSanction;
import io.frontline.incident.application.domain.model.procedure.StaffSanctionType;
import io.frontline.incident.application.port.in.procedure.AnswerObjectionCommand;
import io.frontline.incident.application.port.in.procedure.AnswerObjectionUseCase;
import io.frontline.incident.application.port.in.procedure.AppointAdviserCommand;
import io.frontline.incident.application.port.in.procedure.AppointAdviserUseCase;
import io.frontline.incident.application.port.in.procedure.CastVoteCommand;
import io.frontline.incident.application.port.in.procedure.CastVoteUseCase;
import io.frontline.incident.application.port.in.procedure.EngageExpertCommand;
import io.frontline.incident.application.port.in.procedure.EngageExpertUseCase;
import io.frontline.incident.application.port.in.procedure.FileFormalComplaintCommand;
import io.frontline.incident.application.port.in.procedure.FileFormalComplaintUseCase;
import io.frontline.incident.application.port.in.procedure.FileObjectionCommand;
import io.frontline.incident.application.port.in.procedure.FileObjectionUseCase;
import io.frontline.incident.application.port.in.procedure.GetFormalComplaintQuery;
import io.frontline.incident.application.port.in.procedure.HoldHearingCommand;
import io.frontline.incident.application.port.in.procedure.HoldHearingUseCase;
import io.frontline.incident.application.port.in.procedure.IssueReportCommand;
import io.frontline.incident.application.port.in.procedure.IssueReportUseCase;
import io.frontline.incident.application.port.in.procedure.RequestInterimMeasureCommand;
import io.frontline.incident.application.port.in.procedure.RequestInterimMeasureUseCase;
import io.frontline.incident.application.port.in.procedure.SubmitPositionCommand;
import io.frontline.incident.application.port.in.procedure.SubmitPositionUseCase;
import io.frontline.incident.application.port.in.procedure.TakeDecisionCommand;
import io.frontline.incident.application.port.in.procedure.TakeDecisionUseCase;
import io.frontline.incident.application.port.in.procedure.ListMyFormalComplaintsCommand;
import io.frontline.incident.application.port.in.procedure.ListMyFormalComplaintsUseCase;
import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.query.Cursor;
import io.frontline.platform.query.ListPage;
import io.frontline.platform.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;
import java.util.UUID;

import static io.frontline.incident.adapter.in.rest.procedure.ProcedureResponses.map;
import static io.frontline.platform.domain.WireName.parse;

/**
 * The formal complaint procedure on unwanted behaviour between colleagues (seed 004). Parties act and read
 * with their own token whatever their staff-side role; the committee (role committee, its configured
 * members) investigates and reports; management is role {@code hr}.
 */
@Path("/api/procedure/complaints")
@Tag(name = "Unwanted-behaviour procedure")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FormalComplaintResource {
    @Inject
    FileFormalComplaintUseCase fileComplaint;
    @Inject
    HoldHearingUseCase holdHearing;
    @Inject
    RequestInterimMeasureUseCase requestInterimMeasure;
    @Inject
    CastVoteUseCase castVote;
    @Inject
    IssueReportUseCase issueReport;
    @Inject
    TakeDecisionUseCase takeDecision;
    @Inject
    FileObjectionUseCase fileObjection;
    @Inject
    AnswerObjectionUseCase answerObjection;
    @Inject
    SubmitPositionUseCase submitPosition;
    @Inject
    AppointAdviserUseCase appointAdviser;
    @Inject
    EngageExpertUseCase engageExpert;
    @Inject
    GetFormalComplaintQuery getComplaint;
    @Inject
    ListMyFormalComplaintsUseCase myComplaints;
    @Inject
    CurrentActor currentActor;

    @POST
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR,
            Roles.COUNSELLOR, Roles.COMMITTEE, Roles.COMPLAINT_HANDLER})
    @Operation(summary = "File a written, named complaint with the committee (yourself, or as counsellor with consent)")
    public Response file(@Valid @NotNull ProcedureRequests.FileComplaint request, UriInfo uri) {
        String complainant = Boolean.TRUE.equals(request.anonymous()) ? null : request.complainant();
        FormalComplaint complaint = fileComplaint.file(new FileFormalComplaintCommand(currentActor.get(), complainant,
                request.accused(), request.complaint(), request.counsellorNoteId()));
        return Response.created(uri.getAbsolutePathBuilder().path(complaint.id().toString()).build())
                .entity(map("id", complaint.id(), "reference", complaint.reference(),
                        "receivedAt", complaint.receivedAt(), "hearingsDueAt", complaint.hearingsDueAt(),
                        "reportDueAt", complaint.reportDueAt()))
                .build();
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR,
            Roles.COUNSELLOR, Roles.COMMITTEE, Roles.COMPLAINT_HANDLER, Roles.ADMIN})
    @Operation(summary = "My formal complaints, newest received first, a page at a time",
            description = "Scoped as reading a case: a party their own cases, a committee member the committee's "
                    + "(cannotSit where they are a party), hr the cases still under way. Each with reference, "
                    + "status, readAs and the next term due. sort: -received (the only one). limit 1..200, cursor.")
    public ListPage<Map<String, Object>> list(@QueryParam("sort") String sort, @QueryParam("limit") Integer limit,
                                              @QueryParam("cursor") String cursor) {
        if (sort != null && !sort.isBlank() && !ListMyFormalComplaintsCommand.SORT.equals(sort.strip())) {
            throw new InvalidValue("sort", "sort must be one of " + ListMyFormalComplaintsCommand.SORT);
        }
        return myComplaints.list(new ListMyFormalComplaintsCommand(currentActor.get(), ListPage.limit(limit),
                Cursor.parse(cursor, ListMyFormalComplaintsCommand.SORT))).map(ProcedureResponses::mine);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR,
            Roles.COUNSELLOR, Roles.COMMITTEE, Roles.COMPLAINT_HANDLER, Roles.ADMIN})
    @Operation(summary = "Read a formal complaint as far as you are entitled to (committee, hr, or a party)")
    public Map<String, Object> get(@PathParam("id") UUID id) {
        return ProcedureResponses.complaint(getComplaint.get(currentActor.get(), id));
    }

    @POST
    @Path("{id}/hearings")
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(summary = "Record a closed hearing with its written record, seen or refused by everyone present")
    public Response hearing(@PathParam("id") UUID id, @Valid @NotNull ProcedureRequests.HoldHearing request) {
        var hearing = holdHearing.hold(new HoldHearingCommand(currentActor.get(), id, request.heard(),
                request.record(), request.acknowledgements().stream()
                .map(a -> new HearingAcknowledgement(a.person(), a.seen(), a.refusalReason())).toList()));
        return Response.status(Response.Status.CREATED).entity(ProcedureResponses.hearing(hearing)).build();
    }

    @POST
    @Path("{id}/interim-measures")
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(summary = "Ask management for a temporary provision")
    public Response interimMeasure(@PathParam("id") UUID id,
                                   @Valid @NotNull ProcedureRequests.RequestInterimMeasure request) {
        requestInterimMeasure.request(new RequestInterimMeasureCommand(currentActor.get(), id,
                parse(InterimMeasureKind.class, request.measure(), "measure"), request.reason()));
        return Response.accepted().build();
    }

    @POST
    @Path("{id}/experts")
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(summary = "Engage experts to investigate")
    public Response expert(@PathParam("id") UUID id, @Valid @NotNull ProcedureRequests.EngageExpert request) {
        engageExpert.engage(new EngageExpertCommand(currentActor.get(), id, request.expertise()));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/votes")
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(summary = "Vote on the finding (internal to the committee)")
    public Response vote(@PathParam("id") UUID id, @Valid @NotNull ProcedureRequests.CastVote request) {
        castVote.cast(new CastVoteCommand(currentActor.get(), id, parse(Finding.class, request.finding(), "finding")));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/report")
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(summary = "Issue the committee's written report to management (needs a majority)")
    public Response report(@PathParam("id") UUID id, @Valid @NotNull ProcedureRequests.IssueReport request) {
        var report = issueReport.issue(new IssueReportCommand(currentActor.get(), id, request.affected(),
                parse(Finding.class, request.finding(), "finding"),
                new CaseAdvice(sanction(request.caseAdvice().sanction(), "caseAdvice.sanction"),
                        request.caseAdvice().measures()), request.generalAdvice()));
        return Response.status(Response.Status.CREATED).entity(ProcedureResponses.report(report)).build();
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed(Roles.HR)
    @Operation(summary = "Management decides on the report; departing from the advice needs written reasons")
    public Response decision(@PathParam("id") UUID id, @Valid @NotNull ProcedureRequests.TakeDecision request) {
        var decision = takeDecision.decide(new TakeDecisionCommand(currentActor.get(), id,
                sanction(request.sanction(), "sanction"), request.measures(), request.reasons(), request.site(),
                request.transferToSite()));
        return Response.status(Response.Status.CREATED).entity(ProcedureResponses.decision(decision)).build();
    }

    @POST
    @Path("{id}/objections")
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR,
            Roles.COUNSELLOR, Roles.COMMITTEE, Roles.COMPLAINT_HANDLER})
    @Operation(summary = "Object to management's decision, as a party, with written reasons")
    public Response objection(@PathParam("id") UUID id, @Valid @NotNull ProcedureRequests.FileObjection request) {
        var objection = fileObjection.object(new FileObjectionCommand(currentActor.get(), id, request.reasons()));
        return Response.status(Response.Status.CREATED).entity(ProcedureResponses.objection(objection)).build();
    }

    @POST
    @Path("{id}/objections/{objectionId}/answer")
    @RolesAllowed(Roles.HR)
    @Operation(summary = "Management answers an objection in writing")
    public Map<String, Object> answer(@PathParam("id") UUID id, @PathParam("objectionId") UUID objectionId,
                                      @Valid @NotNull ProcedureRequests.AnswerObjection request) {
        return ProcedureResponses.objection(answerObjection.answer(new AnswerObjectionCommand(currentActor.get(), id,
                objectionId, request.answer())));
    }

    @POST
    @Path("{id}/positions")
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR,
            Roles.COUNSELLOR, Roles.COMMITTEE, Roles.COMPLAINT_HANDLER})
    @Operation(summary = "State your position as a party, or answer the other side's")
    public Response position(@PathParam("id") UUID id, @Valid @NotNull ProcedureRequests.SubmitPosition request) {
        var statement = submitPosition.submit(new SubmitPositionCommand(currentActor.get(), id, request.text(),
                request.inReplyTo()));
        return Response.status(Response.Status.CREATED).entity(map("id", statement.id(),
                "submittedAt", statement.submittedAt())).build();
    }

    @POST
    @Path("{id}/advisers")
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR,
            Roles.COUNSELLOR, Roles.COMMITTEE, Roles.COMPLAINT_HANDLER})
    @Operation(summary = "Name the adviser who assists you as a party")
    public Response adviser(@PathParam("id") UUID id, @Valid @NotNull ProcedureRequests.AppointAdviser request) {
        appointAdviser.appoint(new AppointAdviserCommand(currentActor.get(), id, request.name()));
        return Response.noContent().build();
    }

    private static StaffSanction sanction(ProcedureRequests.Sanction request, String field) {
        return request == null ? null : new StaffSanction(parse(StaffSanctionType.class, request.type(), field + ".type"),
                request.suspensionDays(), request.fineAmount());
    }
}
