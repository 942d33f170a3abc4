package io.frontline.prevention.adapter.in.rest;

import io.frontline.prevention.application.domain.model.PartnerReport;
import io.frontline.prevention.application.port.in.FilePartnerReportCommand;
import io.frontline.prevention.application.port.in.PartnerReportUseCase;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The business partner's public form and tracking, without an account (rate- and size-limited by
 * {@link io.frontline.platform.web.PublicEndpointLimits}). The secret travels in a header, never in the URL, so it stays out of access logs.
 */
@Path("/api/public/partner-reports")
@Tag(name = "Business partners (public)")
@Produces(MediaType.APPLICATION_JSON)
public class PublicPartnerReportResource {
    public static final String SECRET_HEADER = "X-Tracking-Secret";

    @Inject
    PartnerReportUseCase reports;

    public record FileRequest(String organisation, String reporterName, String reporterContact, String site,
                              String employeeDescription, String description, LocalDate occurredOn) {
    }

    /** The answer to filing: the only time the tracking secret is shown. */
    public record Filed(String reference, String trackingSecret, String status, Instant receivedAt) {
    }

    /** What the reporter sees: the status and, once concluded, the outcome HR gave. Nothing of HR's notes. */
    public record Status(String reference, String status, Instant receivedAt, String outcome, String outcomeMessage,
                         Instant concludedAt) {
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report harassment by one of our employees; answers a reference and a secret, shown once")
    public Response file(@NotNull FileRequest r) {
        PartnerReportUseCase.Filed filed = reports.file(new FilePartnerReportCommand(r.organisation(), r.reporterName(),
                r.reporterContact(), r.site(), r.employeeDescription(), r.description(), r.occurredOn()));
        PartnerReport report = filed.report();
        return Response.status(201).entity(new Filed(report.reference(), filed.secret(), Wire.of(report.status()),
                report.receivedAt())).build();
    }

    @GET
    @Path("{reference}")
    @PermitAll
    @Operation(summary = "The status and outcome of your report; a wrong secret is answered like an unknown reference")
    public Status status(@PathParam("reference") String reference, @HeaderParam(SECRET_HEADER) String secret) {
        PartnerReport r = reports.track(reference, secret);
        return new Status(r.reference(), Wire.of(r.status()), r.receivedAt(), Wire.of(r.outcome()), r.outcomeMessage(),
                r.concludedAt());
    }
}
