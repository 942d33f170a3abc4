package io.frontline.prevention.adapter.in.rest;

import io.frontline.platform.domain.Roles;
import io.frontline.platform.security.CurrentActor;
import io.frontline.prevention.application.domain.model.ConsultationDesk;
import io.frontline.prevention.application.domain.model.DeskContact;
import io.frontline.prevention.application.port.in.ConsultationDeskUseCase;
import io.frontline.prevention.application.port.in.SetUpDeskCommand;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/** Consultation desks per site (seed 000, 004): shown to every employee, set up by HQ safety, HR or the site manager. */
@Path("/api/desks")
@Tag(name = "Consultation desk")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class DeskResource {
    @Inject
    ConsultationDeskUseCase desks;

    @Inject
    CurrentActor currentActor;

    public record DeskRequest(DeskContact firstContact, List<DeskContact> counsellors, DeskContact committee,
                              List<DeskContact> outsideContacts) {
    }

    public record DeskResponse(String site, DeskContact firstContact, List<DeskContact> counsellors,
                               DeskContact committee, List<DeskContact> outsideContacts, boolean staffed,
                               String updatedBy, Instant updatedAt) {
        static DeskResponse of(ConsultationDesk d) {
            return new DeskResponse(d.siteId(), d.firstContact(), d.counsellors(), d.committee(), d.outsideContacts(),
                    d.staffed(), d.updatedBy(), d.updatedAt());
        }
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR,
            Roles.COUNSELLOR, Roles.COMMITTEE, Roles.COMPLAINT_HANDLER, Roles.ADMIN})
    @Operation(summary = "Every site's consultation desk")
    public List<DeskResponse> all() {
        return desks.desks().stream().map(DeskResponse::of).toList();
    }

    @GET
    @Path("{site}")
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR,
            Roles.COUNSELLOR, Roles.COMMITTEE, Roles.COMPLAINT_HANDLER, Roles.ADMIN})
    @Operation(summary = "A site's desk: whom to consult first, counsellors, the committee's address, outside contacts")
    public DeskResponse get(@PathParam("site") String site) {
        return DeskResponse.of(desks.desk(site));
    }

    @PUT
    @Path("{site}")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.HQ_SAFETY, Roles.HR, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set up or change a site's desk (its manager, HQ safety, HR)")
    public DeskResponse put(@PathParam("site") String site, @NotNull DeskRequest request) {
        return DeskResponse.of(desks.setUp(new SetUpDeskCommand(currentActor.get(), site, request.firstContact(),
                request.counsellors(), request.committee(), request.outsideContacts())));
    }
}
