package io.frontline.complaint.adapter.in.rest;

import io.frontline.complaint.application.port.in.GetPartyContactQuery;
import io.frontline.complaint.application.port.in.GetPartyContactQuery.PartyContact;
import io.frontline.platform.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The complainant's e-mail address for notification-service, which sends them the acknowledgement with reference
 * and due date. Role {@code integration} is not enough: only the clients named in
 * {@code frontline.complaint.party-contact.clients} may read contact data (a door system or the call-center
 * platform may not).
 */
@Path("/api/internal/complaints/{complaintId}/party-contact")
@Tag(name = "Internal")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class PartyContactResource {
    @Inject
    GetPartyContactQuery partyContact;

    @Inject
    JsonWebToken token;

    @ConfigProperty(name = "frontline.complaint.party-contact.clients", defaultValue = "notification-service")
    List<String> clients;

    /** How to reach the complainant; the address is never logged. */
    public record PartyContactResponse(String reference, String email, String language, LocalDate responseDue,
                                       String replyToken) {
        static PartyContactResponse of(PartyContact contact) {
            return new PartyContactResponse(contact.reference(), contact.email(), contact.language(),
                    contact.responseDue(), contact.replyToken());
        }

        @Override
        public String toString() {
            return "PartyContactResponse[" + reference + ", redacted]";
        }
    }

    @GET
    @RolesAllowed(Roles.INTEGRATION)
    @Operation(summary = "The complainant's e-mail, language, due date and reply token, for the mail they get (notification-service only)")
    public PartyContactResponse get(@PathParam("complaintId") UUID complaintId) {
        String client = TokenClient.of(token);
        String reader = client != null ? client : token.getName();
        return PartyContactResponse.of(partyContact.partyContact(reader == null ? "unknown" : reader,
                client != null && clients.contains(client), complaintId));
    }
}
