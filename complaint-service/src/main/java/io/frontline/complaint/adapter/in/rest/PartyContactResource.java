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
 * and due date: for complaint-service's client role {@code party-contact} (notification-service's), narrowed further
 * to the clients named in {@code frontline.complaint.party-contact.clients}; such a refusal stays in the trail of
 * confidential reads.
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
    @RolesAllowed(Roles.PARTY_CONTACT)
    @Operation(summary = "The complainant's e-mail, language, due date and reply token, for the mail they get (notification-service only)")
    public PartyContactResponse get(@PathParam("complaintId") UUID complaintId) {
        String client = TokenClient.of(token);
        String reader = client != null ? client : token.getName();
        return PartyContactResponse.of(partyContact.partyContact(reader == null ? "unknown" : reader,
                client != null && clients.contains(client), complaintId));
    }
}
