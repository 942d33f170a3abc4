package io.frontline.incident.adapter.in.rest;

import io.frontline.incident.application.domain.model.Evidence;
import io.frontline.incident.application.domain.model.EvidenceKind;
import io.frontline.incident.application.domain.model.EvidenceRefused;
import io.frontline.incident.application.domain.model.PolicePackage;
import io.frontline.incident.application.port.in.EvidenceFilesUseCase;
import io.frontline.incident.application.port.in.UploadEvidenceCommand;
import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.WireName;
import io.frontline.platform.security.CurrentActor;
import io.frontline.platform.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Evidence files uploaded to the service (multipart, the file under {@code file}), read back by those who may read
 * the incident's evidence, and the police handover package.
 */
@Path("/api/incidents")
@Tag(name = "Fact-finding")
@SecurityRequirement(name = "SecurityScheme")
public class EvidenceFileResource {
    @Inject
    EvidenceFilesUseCase evidenceFiles;

    @Inject
    CurrentActor currentActor;

    @POST
    @Path("{id}/evidence/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Upload an evidence file (photo, video clip, audio, document) to an incident at your site; "
            + "the service computes its SHA-256 and keeps it unchanged")
    public Response upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file, @RestForm String kind,
                           @RestForm String capturedAt) {
        if (file == null || file.uploadedFile() == null) {
            throw new InvalidValue("file", "A file is required (form field \"file\")");
        }
        EvidenceKind evidenceKind = kind == null || kind.isBlank() ? null
                : WireName.parse(EvidenceKind.class, kind.strip(), "kind");
        Evidence evidence = evidenceFiles.upload(new UploadEvidenceCommand(currentActor.get(), id,
                file.uploadedFile(), file.fileName(), file.contentType(), evidenceKind, instant(capturedAt)));
        return Response.created(URI.create(evidence.uri()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(FactFindingResource.EvidenceResponse.of(evidence)).build();
    }

    @GET
    @Path("{id}/evidence/{evidenceId}/file")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "Download an evidence file, as it was uploaded; audited")
    public Response file(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId) {
        EvidenceFilesUseCase.EvidenceFile file = evidenceFiles.read(currentActor.get(), id, evidenceId);
        Evidence evidence = file.evidence();
        InputStream content = file.content();
        StreamingOutput body = out -> {
            try (content) {
                content.transferTo(out);
            }
        };
        return Response.ok(body)
                .type(evidence.file().contentType())
                .header("Content-Length", evidence.file().size())
                .header("Content-Disposition", attachment(evidence.file().fileName()))
                // RFC 9530: the hash of what is sent, so a recipient can check it
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder()
                        .encodeToString(HexFormat.of().parseHex(evidence.sha256())) + ":")
                .header("ETag", "\"" + evidence.sha256() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("{id}/police-package")
    @Produces("application/zip")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "The police handover package: a ZIP with a PDF index of the incident, its timeline, "
            + "statements, evidence with hashes, care facts and police reference, and the stored files; for the "
            + "site's own manager and HQ safety; its creation audited")
    public Response policePackage(@PathParam("id") UUID id) {
        PolicePackage policePackage = evidenceFiles.policePackage(currentActor.get(), id);
        StreamingOutput body = out -> evidenceFiles.write(policePackage, out);
        return Response.ok(body).type("application/zip")
                .header("Content-Disposition", attachment(policePackage.incident().reference().value()
                        + "-police-package.zip"))
                .header("Cache-Control", "no-store")
                .build();
    }

    @ServerExceptionMapper
    public Response refused(EvidenceRefused e, UriInfo uri) {
        return switch (e.reason()) {
            case TOO_LARGE -> problem(413, "payload-too-large", "Payload too large", e.getMessage(), uri);
            case TYPE_NOT_ALLOWED -> problem(415, "unsupported-media-type", "Unsupported media type", e.getMessage(), uri);
            case EMPTY -> Response.status(400).type(Problem.MEDIA_TYPE).entity(new Problem(
                    "https://frontline.io/problems/invalid-value", "Invalid value", 400, e.getMessage(),
                    uri.getPath(), List.of(new Problem.FieldError("file", e.getMessage())))).build();
        };
    }

    private static Response problem(int status, String type, String title, String detail, UriInfo uri) {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(new Problem(
                "https://frontline.io/problems/" + type, title, status, detail, uri.getPath(), List.of())).build();
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValue("capturedAt", "Must be a time such as 2026-11-02T13:55:00Z");
        }
    }

    /** A download, never shown inline; the name in plain ASCII and in full (RFC 6266). */
    static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
