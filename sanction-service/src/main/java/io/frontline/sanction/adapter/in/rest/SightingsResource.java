package io.frontline.sanction.adapter.in.rest;

import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.WireName;
import io.frontline.platform.query.ListPage;
import io.frontline.platform.security.CurrentActor;
import io.frontline.platform.security.SubjectKeys;
import io.frontline.sanction.application.domain.model.DoorListEntry;
import io.frontline.sanction.application.domain.model.DoorPhoto;
import io.frontline.sanction.application.domain.model.DoorProfile;
import io.frontline.sanction.application.domain.model.DoorSighting;
import io.frontline.sanction.application.domain.model.EntryBanTerms;
import io.frontline.sanction.application.domain.model.EntryCoverage;
import io.frontline.sanction.application.domain.model.ReminderWords;
import io.frontline.sanction.application.domain.model.WatchFlag;
import io.frontline.sanction.application.port.in.DescribeForDoorUseCase;
import io.frontline.sanction.application.port.in.FlagSubjectCommand;
import io.frontline.sanction.application.port.in.ReadDoorListQuery;
import io.frontline.sanction.application.port.in.RecordSightingCommand;
import io.frontline.sanction.application.port.in.RecordSightingUseCase;
import io.frontline.sanction.application.port.in.SetDoorProfileCommand;
import io.frontline.sanction.application.port.in.UploadDoorPhotoCommand;
import io.frontline.sanction.application.port.in.WatchFlagUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A measure's sightings at the door, for its managers (issue 20). */
@Path("/api/measures/{id}/sightings")
@Tag(name = "Door list")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class SightingsResource {
    @Inject
    ReadDoorListQuery doorList;

    @Inject
    CurrentActor currentActor;

    @GET
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "The measure's sightings at the door, newest first: who, where, when, and whether each "
            + "counted as a violation")
    public List<DoorListResource.SightingResponse> sightingsOf(@PathParam("id") UUID id) {
        return doorList.sightings(currentActor.get(), id).stream().map(DoorListResource.SightingResponse::of).toList();
    }
}
