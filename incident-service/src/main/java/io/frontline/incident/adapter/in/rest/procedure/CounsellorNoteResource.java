package io.frontline.incident.adapter.in.rest.procedure;

import io.frontline.incident.application.domain.model.procedure.CounsellorNote;
import io.frontline.incident.application.domain.model.procedure.ConsentGiven;
import io.frontline.incident.application.domain.model.procedure.CounsellorPurpose;
import io.frontline.incident.application.port.in.procedure.ListCounsellorNotesQuery;
import io.frontline.incident.application.port.in.procedure.ReadCounsellorNoteQuery;
import io.frontline.incident.application.port.in.procedure.ReadNoteAuditQuery;
import io.frontline.incident.application.port.in.procedure.RecordConsentCommand;
import io.frontline.incident.application.port.in.procedure.RecordConsentUseCase;
import io.frontline.incident.application.port.in.procedure.ReporterConsentCommand;
import io.frontline.incident.application.port.in.procedure.ReporterConsentUseCase;
import io.frontline.incident.application.port.in.procedure.TakeCounsellorActionCommand;
import io.frontline.incident.application.port.in.procedure.TakeCounsellorActionUseCase;
import io.frontline.incident.application.port.in.procedure.WriteCounsellorNoteCommand;
import io.frontline.incident.application.port.in.procedure.WriteCounsellorNoteUseCase;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.WireName;
import io.frontline.platform.query.Cursor;
import io.frontline.platform.query.ListPage;
import io.frontline.platform.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.frontline.incident.adapter.in.rest.procedure.ProcedureResponses.map;
import static io.frontline.platform.domain.WireName.parse;

/**
 * The confidential counsellor's notes (seed 004, Vertrouwenspersoon). Anyone staff-side may ask for a note and
 * gets 404 unless they wrote it; every attempt is audited, and HQ safety or an administrator reads the audit
 * trail, never the notes.
 */
@Path("/api/procedure")
@Tag(name = "Unwanted-behaviour procedure")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CounsellorNoteResource {
    @Inject
    WriteCounsellorNoteUseCase writeNote;
    @Inject
    ReadCounsellorNoteQuery readNote;
    @Inject
    RecordConsentUseCase recordConsent;
    @Inject
    ReporterConsentUseCase reporterConsent;
    @Inject
    TakeCounsellorActionUseCase takeAction;
    @Inject
    ReadNoteAuditQuery audit;
    @Inject
    ListCounsellorNotesQuery listNotes;
    @Inject
    CurrentActor currentActor;

    @GET
    @Path("counsellor-notes")
    @RolesAllowed(Roles.COUNSELLOR)
    @Operation(summary = "Your own counsellor notes, newest first: reporter (or anonymous), written at, consents in "
            + "force, number of actions; never the text, never another counsellor's notes")
    public ListPage<Map<String, Object>> list(@QueryParam("limit") Integer limit,
                                              @QueryParam("cursor") String cursor) {
        int rows = ListPage.limit(limit);
        return listNotes.ownNotes(currentActor.get(), Cursor.parse(cursor, ListCounsellorNotesQuery.SORT), rows)
                .map(CounsellorNoteResource::row);
    }

    @POST
    @Path("counsellor-notes")
    @RolesAllowed(Roles.COUNSELLOR)
    @Operation(summary = "Write down a first report (the reporter may stay anonymous)")
    public Response write(@Valid @NotNull ProcedureRequests.WriteNote request, UriInfo uri) {
        CounsellorNote note = writeNote.write(new WriteCounsellorNoteCommand(currentActor.get(), request.reporter(),
                !Boolean.FALSE.equals(request.reporterHasAccount()), request.text()));
        return Response.created(uri.getAbsolutePathBuilder().path(note.id().toString()).build())
                .entity(ProcedureResponses.note(note)).build();
    }

    @GET
    @Path("counsellor-notes/{id}")
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR,
            Roles.COUNSELLOR, Roles.COMMITTEE, Roles.COMPLAINT_HANDLER, Roles.ADMIN})
    @Operation(summary = "Read your own counsellor note; for everyone else it does not exist")
    public Map<String, Object> read(@PathParam("id") UUID id) {
        return ProcedureResponses.note(readNote.read(currentActor.get(), id));
    }

    @POST
    @Path("counsellor-notes/{id}/consents")
    @RolesAllowed(Roles.COUNSELLOR)
    @Operation(summary = "Record the consent of a reporter without an account, with how it was given; "
            + "a reporter with an account gives it themselves (403)")
    public Response consent(@PathParam("id") UUID id, @Valid @NotNull ProcedureRequests.RecordConsent request) {
        recordConsent.record(new RecordConsentCommand(currentActor.get(), id,
                parse(CounsellorPurpose.class, request.purpose(), "purpose"),
                request.how() == null ? null : parse(ConsentGiven.class, request.how(), "how")));
        return Response.noContent().build();
    }

    @GET
    @Path("my-counsellor-notes")
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR,
            Roles.COUNSELLOR, Roles.COMMITTEE, Roles.COMPLAINT_HANDLER, Roles.ADMIN})
    @Operation(summary = "The counsellor notes you are the reporter of, with your consents (not the note's text)")
    public List<Map<String, Object>> myNotes() {
        return reporterConsent.notesOf(currentActor.get()).stream().map(ProcedureResponses::reportersView).toList();
    }

    @POST
    @Path("counsellor-notes/{id}/my-consents")
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR,
            Roles.COUNSELLOR, Roles.COMMITTEE, Roles.COMPLAINT_HANDLER, Roles.ADMIN})
    @Operation(summary = "As the note's reporter, give your consent for a purpose; 404 for anyone else")
    public Response giveConsent(@PathParam("id") UUID id, @Valid @NotNull ProcedureRequests.GiveConsent request) {
        reporterConsent.give(new ReporterConsentCommand(currentActor.get(), id,
                parse(CounsellorPurpose.class, request.purpose(), "purpose")));
        return Response.noContent().build();
    }

    @DELETE
    @Path("counsellor-notes/{id}/my-consents/{purpose}")
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR,
            Roles.COUNSELLOR, Roles.COMMITTEE, Roles.COMPLAINT_HANDLER, Roles.ADMIN})
    @Operation(summary = "As the note's reporter, withdraw your consent for a purpose; 404 for anyone else")
    public Response withdrawConsent(@PathParam("id") UUID id, @PathParam("purpose") String purpose) {
        reporterConsent.withdraw(new ReporterConsentCommand(currentActor.get(), id,
                parse(CounsellorPurpose.class, purpose, "purpose")));
        return Response.noContent().build();
    }

    @POST
    @Path("counsellor-notes/{id}/actions")
    @RolesAllowed(Roles.COUNSELLOR)
    @Operation(summary = "Act for the reporter (e.g. support a police report); needs their recorded consent")
    public Response act(@PathParam("id") UUID id, @Valid @NotNull ProcedureRequests.TakeAction request) {
        var action = takeAction.act(new TakeCounsellorActionCommand(currentActor.get(), id,
                parse(CounsellorPurpose.class, request.purpose(), "purpose"), request.description()));
        return Response.status(Response.Status.CREATED).entity(map("purpose", WireName.of(action.purpose()),
                "takenAt", action.takenAt())).build();
    }

    @GET
    @Path("counsellor-note-reads")
    @RolesAllowed({Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "The audit trail of reads of counsellor notes (who, when, which note, granted or not), "
            + "newest first, a page at a time")
    public ListPage<Map<String, Object>> reads(@QueryParam("limit") Integer limit,
                                               @QueryParam("cursor") String cursor) {
        int rows = ListPage.limit(limit);
        return audit.readAttempts(currentActor.get(), Cursor.parse(cursor, ReadNoteAuditQuery.TRAIL_SORT), rows)
                .map(ProcedureResponses::readAttempt);
    }

    /** A row of the counsellor's own list: who reported, when, the consents in force, how many actions; no text. */
    private static Map<String, Object> row(CounsellorNote n) {
        return map("id", n.id(), "reporter", n.reporter().orElse(null), "anonymous", n.reporter().isEmpty(),
                "reporterHasAccount", n.reporterHasAccount(), "writtenAt", n.writtenAt(),
                "consentsInForce", Arrays.stream(CounsellorPurpose.values()).filter(n::hasConsentFor)
                        .map(WireName::of).toList(),
                "actions", n.actions().size());
    }
}
