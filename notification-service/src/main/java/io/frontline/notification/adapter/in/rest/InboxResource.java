package io.frontline.notification.adapter.in.rest;

import io.frontline.notification.application.port.in.MarkInboxEntryReadCommand;
import io.frontline.notification.application.port.in.MarkInboxEntryReadUseCase;
import io.frontline.notification.application.port.in.ReadInboxQuery;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The caller's own in-app inbox; every staff-side role has one, systems do not. */
@Path("/api/inbox")
@Tag(name = "Inbox")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR, Roles.COUNSELLOR,
        Roles.COMMITTEE, Roles.COMPLAINT_HANDLER, Roles.ADMIN})
public class InboxResource {
    @Inject
    ReadInboxQuery readInbox;

    @Inject
    MarkInboxEntryReadUseCase markRead;

    @Inject
    CurrentActor currentActor;

    @GET
    @Operation(summary = "Your notifications, newest first")
    public List<InboxEntryResponse> entries(@QueryParam("unread") boolean unreadOnly) {
        return readInbox.entries(currentActor.get(), unreadOnly).stream().map(InboxEntryResponse::of).toList();
    }

    @GET
    @Path("unread-count")
    @Operation(summary = "How many of your notifications are unread")
    public UnreadCountResponse unreadCount() {
        return new UnreadCountResponse(readInbox.unreadCount(currentActor.get()));
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of your notifications read")
    public void read(@PathParam("id") UUID id) {
        markRead.markRead(new MarkInboxEntryReadCommand(currentActor.get(), id));
    }
}
