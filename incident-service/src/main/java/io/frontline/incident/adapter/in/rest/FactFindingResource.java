package io.frontline.incident.adapter.in.rest;

import io.frontline.platform.domain.WireName;
import io.frontline.incident.application.domain.model.AuditEntry;
import io.frontline.incident.application.domain.model.Evidence;
import io.frontline.incident.application.domain.model.EvidenceKind;
import io.frontline.incident.application.domain.model.Statement;
import io.frontline.incident.application.domain.model.StatementRole;
import io.frontline.incident.application.port.in.AddEvidenceCommand;
import io.frontline.incident.application.port.in.AddStatementCommand;
import io.frontline.incident.application.port.in.FactFindingUseCase;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Statements, evidence references and the audit trail of an incident. */
@Path("/api/incidents")
@Tag(name = "Fact-finding")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FactFindingResource {
    @Inject
    FactFindingUseCase factFinding;

    @Inject
    CurrentActor currentActor;

    public record StatementRequest(
            @NotNull @Pattern(regexp = "victim|witness|uninvolved|perpetrator") String authorRole,
            @NotBlank @Size(max = 20000) String text) {
    }

    public record StatementResponse(UUID id, String authorRole, String author, String text, Instant recordedAt) {
        static StatementResponse of(Statement s) {
            return new StatementResponse(s.id(), IncidentResponse.wire(s.authorRole().name()), s.author(), s.text(),
                    s.recordedAt());
        }
    }

    public record EvidenceRequest(
            @NotNull @Pattern(regexp = "video|audio|transcript|photo|document") String kind,
            @NotBlank @Size(max = 2000) String uri,
            @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lower-case hex digits") String sha256,
            Instant capturedAt) {
    }

    /** {@code file}: for a file the service keeps (uploaded), its name, type and size; absent for a reference. */
    public record EvidenceResponse(UUID id, String kind, String uri, String sha256, Instant capturedAt,
                                   String addedBy, Instant addedAt,
                                   @com.fasterxml.jackson.annotation.JsonInclude(
                                           com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                                   StoredFileResponse file) {
        static EvidenceResponse of(Evidence e) {
            return new EvidenceResponse(e.id(), IncidentResponse.wire(e.kind().name()), e.uri(), e.sha256(),
                    e.capturedAt(), e.addedBy(), e.addedAt(), e.stored()
                            ? new StoredFileResponse(e.file().fileName(), e.file().contentType(), e.file().size())
                            : null);
        }
    }

    public record StoredFileResponse(String name, String contentType, long size) {
    }

    public record AuditResponse(String actor, String action, Instant at) {
        static AuditResponse of(AuditEntry a) {
            return new AuditResponse(a.actor(), a.action(), a.at());
        }
    }

    @POST
    @Path("{id}/statements")
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Give a statement about an incident at your site, as victim, witness, uninvolved or perpetrator")
    public Response addStatement(@PathParam("id") UUID id, @Valid @NotNull StatementRequest body) {
        Statement s = factFinding.addStatement(new AddStatementCommand(currentActor.get(), id,
                WireName.parse(StatementRole.class, body.authorRole(), "authorRole"), body.text()));
        return Response.status(201).entity(StatementResponse.of(s)).build();
    }

    @GET
    @Path("{id}/statements")
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Read statements: the site's manager and HQ safety all, an author their own; audited")
    public List<StatementResponse> statements(@PathParam("id") UUID id) {
        return factFinding.statements(currentActor.get(), id).stream().map(StatementResponse::of).toList();
    }

    @POST
    @Path("{id}/evidence")
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Add an evidence reference with its SHA-256; it cannot be changed afterwards")
    public Response addEvidence(@PathParam("id") UUID id, @Valid @NotNull EvidenceRequest body) {
        Evidence e = factFinding.addEvidence(new AddEvidenceCommand(currentActor.get(), id,
                WireName.parse(EvidenceKind.class, body.kind(), "kind"), body.uri(), body.sha256(), body.capturedAt()));
        return Response.status(201).entity(EvidenceResponse.of(e)).build();
    }

    @GET
    @Path("{id}/evidence")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "Read the evidence references; audited")
    public List<EvidenceResponse> evidence(@PathParam("id") UUID id) {
        return factFinding.evidence(currentActor.get(), id).stream().map(EvidenceResponse::of).toList();
    }

    @GET
    @Path("{id}/audit")
    @RolesAllowed(Roles.HQ_SAFETY)
    @Operation(summary = "Who read the statements and evidence of the incident, and when")
    public List<AuditResponse> audit(@PathParam("id") UUID id) {
        return factFinding.auditTrail(currentActor.get(), id).stream().map(AuditResponse::of).toList();
    }
}
