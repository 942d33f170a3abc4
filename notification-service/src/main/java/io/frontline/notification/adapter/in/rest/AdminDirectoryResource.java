package io.frontline.notification.adapter.in.rest;

import io.frontline.notification.adapter.in.rest.DirectoryResource.ListedPersonBody;
import io.frontline.notification.adapter.in.rest.DirectoryResource.PersonBody;
import io.frontline.notification.application.domain.model.DirectoryEntry;
import io.frontline.notification.application.domain.model.ListedPerson;
import io.frontline.notification.application.port.in.ChangePersonStatusCommand;
import io.frontline.notification.application.port.in.KeepDirectoryStatusUseCase;
import io.frontline.notification.application.port.in.RosterQuery;
import io.frontline.notification.application.port.in.SmsPagingFilter;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.WireName;
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

import java.time.Instant;
import java.util.List;

/**
 * The directory as an administrator's list (issue 14): everyone with whether they are active, searchable, and
 * deactivation. A deactivated person receives nothing and is not routed to until reactivated. The list says per
 * person whether critical news can page them by SMS (issue 15), never the number.
 */
@Path("/api/admin/directory")
@Tag(name = "Directory")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AdminDirectoryResource {
    @Inject
    KeepDirectoryStatusUseCase directory;

    @Inject
    CurrentActor actor;

    /** A person with their status. */
    public record EntryBody(PersonBody person, boolean active, Instant deactivatedAt, String deactivatedBy) {
        static EntryBody of(DirectoryEntry e) {
            return new EntryBody(PersonBody.of(e.person()), e.active(), e.deactivatedAt(), e.deactivatedBy());
        }
    }

    /** A person of the list with their status; whether critical news can page them by SMS, never their number. */
    public record RosterEntryBody(ListedPersonBody person, boolean active, Instant deactivatedAt, String deactivatedBy) {
        static RosterEntryBody of(ListedPerson p) {
            DirectoryEntry e = p.entry();
            return new RosterEntryBody(ListedPersonBody.of(p), e.active(), e.deactivatedAt(), e.deactivatedBy());
        }
    }

    @GET
    @Operation(summary = "Everyone in the directory, active or not, each with whether critical news can page them by SMS "
            + "(never the number); q searches id, name and e-mail, active=true|false filters, smsPaging=missing keeps "
            + "the people critical news would page by SMS who have no mobile number")
    public List<RosterEntryBody> roster(@QueryParam("q") String q, @QueryParam("active") Boolean active,
                                        @QueryParam("smsPaging") String smsPaging) {
        return directory.roster(new RosterQuery(q, active, WireName.parse(SmsPagingFilter.class, smsPaging, "smsPaging")))
                .stream().map(RosterEntryBody::of).toList();
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(summary = "Deactivate a person: nothing is routed or sent to them any more")
    public EntryBody deactivate(@PathParam("id") String id) {
        return EntryBody.of(directory.deactivate(new ChangePersonStatusCommand(id, actor.get().userId())));
    }

    @POST
    @Path("{id}/reactivate")
    @Operation(summary = "Reactivate a person")
    public EntryBody reactivate(@PathParam("id") String id) {
        return EntryBody.of(directory.reactivate(new ChangePersonStatusCommand(id, actor.get().userId())));
    }
}
