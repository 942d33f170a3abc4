package io.frontline.sanction.adapter.in.rest;

import io.frontline.platform.domain.Roles;
import io.frontline.sanction.application.port.in.BanNoticeUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A fresh secret for a customer's ban notice, for the sender of the notice (notification-service), which puts it in
 * the mail: the only place it exists in plain text (the hash is kept; the secret before no longer opens the page).
 * Only a token with sanction-service's client role {@code ban-notice-secret} (notification-service's) may ask — a door
 * system, which checks bans with a token for this service, may not (403).
 */
@Path("/api/internal/ban-notices/{reference}/secret")
@Tag(name = "Internal")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class BanNoticeSecretResource {
    @Inject
    BanNoticeUseCase notices;

    @Inject
    JsonWebToken token;

    /** Never logged: the secret is masked in its text form. */
    public record IssuedSecret(String reference, String secret) {
        @Override
        public String toString() {
            return "IssuedSecret[" + reference + ", redacted]";
        }
    }

    @POST
    @RolesAllowed(Roles.BAN_NOTICE_SECRET)
    @Operation(summary = "A new secret for a ban notice, to be mailed to the customer (the notice's sender only)")
    public Response issue(@PathParam("reference") String reference) {
        String client = clientOf(token);
        if (client == null) {
            client = token.getName();
        }
        return Response.ok(new IssuedSecret(reference, notices.issueSecret(client, reference)))
                .header("Cache-Control", "no-store").build();
    }

    /** The OAuth client the token was issued to: {@code azp}, else {@code client_id}. */
    private static String clientOf(JsonWebToken token) {
        Object azp = token.getClaim("azp");
        if (azp != null && !azp.toString().isBlank()) {
            return unquote(azp.toString());
        }
        Object clientId = token.getClaim("client_id");
        return clientId == null ? null : unquote(clientId.toString());
    }

    private static String unquote(String value) {
        return value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
