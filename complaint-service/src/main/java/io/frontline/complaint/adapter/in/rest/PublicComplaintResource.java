package io.frontline.complaint.adapter.in.rest;

import io.frontline.complaint.application.domain.model.Category;
import io.frontline.complaint.application.domain.model.Channel;
import io.frontline.complaint.application.domain.model.ComplainantContact;
import io.frontline.complaint.application.domain.model.Complaint;
import io.frontline.complaint.application.domain.model.ComplaintStatus;
import io.frontline.complaint.application.domain.model.EscalationLevel;
import io.frontline.complaint.application.domain.model.TimelineEntry;
import io.frontline.complaint.application.port.in.FileComplaintCommand;
import io.frontline.complaint.application.port.in.FileComplaintUseCase;
import io.frontline.complaint.application.port.in.FiledComplaint;
import io.frontline.complaint.application.port.in.RequestEscalationCommand;
import io.frontline.complaint.application.port.in.TrackComplaintUseCase;
import io.frontline.platform.domain.Actor;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.frontline.platform.domain.WireName.parse;
import static io.frontline.complaint.adapter.in.rest.ComplaintResponse.wire;

/**
 * The complainant's side, without an account (seed 002: anyone can complain and follow the complaint): the web
 * form, and status, replies and reopening with reference and tracking secret. Rate- and size-limited by
 * {@link io.frontline.platform.web.PublicEndpointLimits}.
 */
@Path("/api/public/complaints")
@Tag(name = "Public complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicComplaintResource {
    /** The tracking secret travels in a header, never in the URL, so it stays out of access logs. */
    public static final String SECRET_HEADER = "X-Tracking-Secret";

    @Inject
    FileComplaintUseCase fileComplaint;

    @Inject
    TrackComplaintUseCase track;

    /** The answer to filing: the only time the tracking secret is shown. */
    public record Filed(String reference, String trackingSecret, String status, LocalDate responseDue) {
    }

    /**
     * What the complainant sees; every word in it is a code or a person's own text, so that the page can show it
     * in the complainant's language. {@code status} and {@code escalation} are wire names (codes
     * {@code complaint.status.<status>}, {@code complaint.escalation-level.<level>} in the README);
     * {@code reopenableUntil} is set while a closed complaint can still be reopened; {@code demandReassessedAt}
     * is when the assessment of their demand last changed (the message {@code complaint.demand-reassessed} gives
     * the reason, next to their escalation options).
     */
    public record Status(String reference, String status, LocalDate responseDue, boolean waitingForYou,
                         List<ComplainantMessage> messages, String escalation,
                         List<EscalationOption> escalationOptions, Instant closedAt, Instant reopenableUntil,
                         Instant demandReassessedAt) {
    }

    /** A timeline entry meant for the complainant: {@code from} is {@code you} or {@code us}. */
    public record ComplainantMessage(Instant at, String from, String code, Map<String, String> params, String text) {
    }

    /**
     * Seed 002: the complainant is told where to go if the answer does not satisfy them;
     * {@code code} is {@code complaint.escalation-option.<level>}.
     */
    public record EscalationOption(String level, String code) {
    }

    /** Longest reply and reopening reason, in characters; stated in the public procedure. */
    public static final int REPLY_MAX = 10000;
    public static final int REOPEN_REASON_MAX = 2000;

    public record Reply(@NotBlank @Size(max = REPLY_MAX) String text) {
    }

    public record Reopen(@Size(max = REOPEN_REASON_MAX) String reason) {
    }

    /** The complainant's request to take the complaint higher, with their reason. */
    public record EscalationRequest(
            @NotNull @Pattern(regexp = "management|external-committee",
                    message = "must be management or external-committee") String level,
            @NotBlank @Size(max = RequestEscalationCommand.MAX_REASON_LENGTH) String reason) {
    }

    @POST
    @PermitAll
    @Operation(summary = "File a complaint; answers the reference and a tracking secret, shown once")
    public Response file(@Valid @NotNull PublicComplaintRequest request, UriInfo uri) {
        PublicComplaintRequest.Contact contact = request.contact();
        FiledComplaint filed = fileComplaint.file(new FileComplaintCommand(Actor.system("public-form"),
                FileComplaintCommand.Intake.PUBLIC_FORM, request.site(),
                parse(Channel.class, request.channel() == null ? "web" : request.channel(), "channel"),
                parse(Category.class, request.category(), "category"), request.subject(), request.description(),
                request.language(), null, contact == null ? null
                : new ComplainantContact(contact.name(), contact.email(), contact.phone())));
        Complaint complaint = filed.complaint();
        return Response.created(uri.getAbsolutePathBuilder().path(complaint.reference().value()).build())
                .entity(new Filed(complaint.reference().value(), filed.trackingSecret(), wire(complaint.status().name()),
                        complaint.responseDue()))
                .build();
    }

    @GET
    @Path("{reference}")
    @PermitAll
    @Operation(summary = "Status, due date, messages and escalation options; a wrong secret is answered like an unknown reference")
    public Status status(@PathParam("reference") String reference, @HeaderParam(SECRET_HEADER) String secret) {
        return status(track.track(reference, secret));
    }

    @POST
    @Path("{reference}/messages")
    @PermitAll
    @Operation(summary = "Reply to the chain; a complaint waiting for the reply resumes its term")
    public Status reply(@PathParam("reference") String reference, @HeaderParam(SECRET_HEADER) String secret,
                        @Valid @NotNull Reply reply) {
        return status(track.reply(reference, secret, reply.text()));
    }

    @POST
    @Path("{reference}/reopen")
    @PermitAll
    @Operation(summary = "Reopen a resolved or rejected complaint within 30 days")
    public Status reopen(@PathParam("reference") String reference, @HeaderParam(SECRET_HEADER) String secret,
                         @Valid Reopen reopen) {
        return status(track.reopen(reference, secret, reopen == null ? null : reopen.reason()));
    }

    @POST
    @Path("{reference}/escalation-requests")
    @PermitAll
    @Operation(summary = "Ask for escalation to management or the external complaints committee, with a reason",
            description = "Puts the request on the timeline for the handler (and in your tracking answer) and tells "
                    + "the site manager; the escalation level changes only when a handler escalates. Only a level "
                    + "above the present one (see escalationOptions); a closed complaint within 30 days of closure, "
                    + "else 409. A wrong secret is answered like an unknown reference (404).")
    public Status requestEscalation(@PathParam("reference") String reference,
                                    @HeaderParam(SECRET_HEADER) String secret,
                                    @Valid @NotNull EscalationRequest request) {
        return status(track.requestEscalation(new RequestEscalationCommand(reference, secret,
                parse(EscalationLevel.class, request.level(), "level"), request.reason())));
    }

    static Status status(Complaint c) {
        List<ComplainantMessage> messages = c.messagesForComplainant().stream()
                .map(PublicComplaintResource::message).toList();
        List<EscalationOption> options = c.escalationOptions().stream()
                .map(level -> new EscalationOption(wire(level.name()),
                        "complaint.escalation-option." + wire(level.name()))).toList();
        Instant reopenableUntil = c.reopenableUntil().orElse(null);
        return new Status(c.reference().value(), wire(c.status().name()), c.responseDue(),
                c.status() == ComplaintStatus.WAITING_FOR_COMPLAINANT, messages,
                c.escalation() == null ? null : wire(c.escalation().name()), options, c.closedAt(), reopenableUntil,
                c.demandReassessedAt().orElse(null));
    }

    private static ComplainantMessage message(TimelineEntry e) {
        // Staff names stay internal: the complainant sees who wrote as "you" or "us".
        return new ComplainantMessage(e.at(), "complainant".equals(e.actor()) ? "you" : "us", e.code(), e.params(),
                e.text());
    }
}
