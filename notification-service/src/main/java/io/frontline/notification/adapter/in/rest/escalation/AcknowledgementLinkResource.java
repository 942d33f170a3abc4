package io.frontline.notification.adapter.in.rest.escalation;

import io.frontline.notification.application.domain.model.escalation.AcknowledgementLinks;
import io.frontline.notification.application.domain.model.escalation.Escalation;
import io.frontline.notification.application.port.in.escalation.AcknowledgeEscalationUseCase;
import io.frontline.notification.application.port.in.escalation.AcknowledgeEscalationUseCase.LinkAcknowledgement;
import io.frontline.notification.application.port.in.escalation.AcknowledgeEscalationUseCase.LinkPreview;
import io.frontline.notification.application.port.in.escalation.AcknowledgementLinkRefused;
import io.frontline.platform.web.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The signed one-click link of an escalation notice, safe against link scanners (issue 13): a GET (or HEAD) only
 * reads what the link would acknowledge and changes nothing; the acknowledgement is a POST of the token, which the
 * web's confirmation page sends (its form carries the web's CSRF token). The POST takes JSON only, so no form of
 * another site can send it. The link's signature is the authority: it names the person and expires.
 */
@Path("/api/public/escalations/acknowledge")
@Tag(name = "Escalations")
public class AcknowledgementLinkResource {
    private static final String PROBLEM_BASE = "https://frontline.io/problems/";

    @Inject
    AcknowledgeEscalationUseCase acknowledge;

    @Inject
    AcknowledgementLinks links;

    /** What a link would acknowledge, and for whom: the confirmation page's content. */
    public record LinkView(UUID escalationId, String reference, String eventType, String severity, String siteId,
                           String status, String acknowledgedBy, Instant acknowledgedAt, String recipientId,
                           Instant expiresAt) {
    }

    /** The body of the confirmation. */
    public record Confirmation(@NotNull String token) {
    }

    /** What the confirmation did. */
    public record Acknowledged(UUID escalationId, String reference, String status, String acknowledgedBy,
                               Instant acknowledgedAt, boolean acknowledgedNow) {
    }

    @GET
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(summary = "What the signed link would acknowledge, changing nothing (JSON); a browser is sent to the "
            + "web's confirmation page")
    public Response preview(@QueryParam("token") String token, @Context HttpHeaders headers) {
        LinkPreview preview = acknowledge.previewLink(token);
        if (!wantsJson(headers)) {
            // A link sent before the confirmation page existed: the page asks the person, nothing is acknowledged here.
            String base = links.publicUrl().endsWith("/") ? links.publicUrl().substring(0, links.publicUrl().length() - 1)
                    : links.publicUrl();
            return Response.seeOther(UriBuilder.fromUri(base).path("acknowledge").queryParam("token", token).build())
                    .build();
        }
        Escalation e = preview.escalation();
        return Response.ok(new LinkView(e.id(), e.reference(), e.event().eventType(), e.severity().name().toLowerCase(
                java.util.Locale.ROOT), e.siteId(), e.status().wireName(), e.acknowledgedBy(), e.acknowledgedAt(),
                preview.recipientId(), preview.expiresAt()), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Acknowledge with the signed link's token, confirmed by the person (works once, expires)")
    public Acknowledged confirm(@Valid @NotNull Confirmation confirmation) {
        LinkAcknowledgement result = acknowledge.acknowledgeByLink(confirmation.token());
        Escalation escalation = result.escalation();
        return new Acknowledged(escalation.id(), escalation.reference(), escalation.status().wireName(),
                escalation.acknowledgedBy(), escalation.acknowledgedAt(), result.acknowledgedNow());
    }

    @ServerExceptionMapper
    public Response refused(AcknowledgementLinkRefused e, UriInfo uri) {
        // A forged link learns nothing (403, same text for every forgery); used and expired links are gone (410).
        int status = e.reason() == AcknowledgementLinkRefused.Reason.INVALID ? 403 : 410;
        String type = e.reason() == AcknowledgementLinkRefused.Reason.INVALID ? "invalid-link"
                : e.reason() == AcknowledgementLinkRefused.Reason.EXPIRED ? "link-expired" : "link-used";
        String title = status == 403 ? "Invalid link" : "Link no longer valid";
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(PROBLEM_BASE + type, title, status, e.getMessage(), uri.getPath(), List.of()))
                .build();
    }

    private static boolean wantsJson(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return true;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
