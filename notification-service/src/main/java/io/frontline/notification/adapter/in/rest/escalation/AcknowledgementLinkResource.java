package io.frontline.notification.adapter.in.rest.escalation;

import io.frontline.notification.application.domain.model.escalation.Escalation;
import io.frontline.notification.application.port.in.escalation.AcknowledgeEscalationUseCase;
import io.frontline.notification.application.port.in.escalation.AcknowledgeEscalationUseCase.LinkAcknowledgement;
import io.frontline.notification.application.port.in.escalation.AcknowledgementLinkRefused;
import io.frontline.platform.web.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The signed one-click link of an escalation notice: opening it acknowledges the escalation in the name of the
 * person it was sent to. Answers a small page for a browser, JSON for {@code Accept: application/json}.
 */
@Path("/api/public/escalations/acknowledge")
@Tag(name = "Escalations")
public class AcknowledgementLinkResource {
    private static final String PROBLEM_BASE = "https://frontline.io/problems/";

    @Inject
    AcknowledgeEscalationUseCase acknowledge;

    /** What a click did, for a client that asks for JSON. */
    public record Acknowledged(UUID escalationId, String reference, String status, String acknowledgedBy,
                               Instant acknowledgedAt, boolean acknowledgedNow) {
    }

    @GET
    @PermitAll // the link's signature is the authority: it names the person and expires; a login would defeat one click
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Operation(summary = "Acknowledge an escalation with the signed link from its notice (works once, expires)")
    public Response acknowledge(@QueryParam("token") String token, @Context HttpHeaders headers) {
        LinkAcknowledgement result = acknowledge.acknowledgeByLink(token);
        Escalation escalation = result.escalation();
        if (wantsJson(headers)) {
            return Response.ok(new Acknowledged(escalation.id(), escalation.reference(), escalation.status().wireName(),
                    escalation.acknowledgedBy(), escalation.acknowledgedAt(), result.acknowledgedNow()),
                    MediaType.APPLICATION_JSON_TYPE).build();
        }
        String reference = html(escalation.reference());
        String note = result.acknowledgedNow() ? "Thank you. Nobody further will be alerted."
                : "It had already been acknowledged by " + html(escalation.acknowledgedBy()) + ".";
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Acknowledged — " + reference + "</title></head>\n<body><h1>Acknowledged — " + reference
                + "</h1>\n<p>" + note + "</p></body></html>\n";
        return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
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

    private static String html(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
