package io.frontline.sanction.adapter.in.rest;

import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.security.CurrentActor;
import io.frontline.sanction.application.domain.model.DoorPhoto;
import io.frontline.sanction.application.port.in.DescribeForDoorUseCase;
import io.frontline.sanction.application.port.in.UploadDoorPhotoCommand;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import java.util.UUID;

/** A manager adds a photo of the person of an entry or contact ban, with its lawful basis (issue 20). */
@Path("/api/measures/{id}/door-photos")
@Tag(name = "Door list")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class DoorPhotoUploadResource {
    @Inject
    DescribeForDoorUseCase describe;

    @Inject
    CurrentActor currentActor;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Add a photo (JPEG or PNG, metadata stripped) of the person of an entry or contact ban, "
            + "with the lawful basis it is kept on")
    public Response addPhoto(@PathParam("id") UUID id, @RestForm("file") FileUpload file,
                             @RestForm String lawfulBasis) {
        if (file == null || file.uploadedFile() == null) {
            throw new InvalidValue("file", "A photo is required (form field \"file\")");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DoorPhoto photo = describe.addPhoto(currentActor.get(),
                new UploadDoorPhotoCommand(id, content, file.contentType(), lawfulBasis));
        return Response.created(URI.create("/api/door-photos/" + photo.id())).entity(DoorListResource.DoorPhotoResponse.of(photo))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
