package io.frontline.notification.adapter.out.complaint;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.LocalDate;

/**
 * complaint-service's internal API, called with this service's client-credentials token (complaint-service's client
 * roles {@code party-contact} and {@code subject-contact}); base URL from
 * {@code quarkus.rest-client.complaint-service.url}.
 */
@RegisterRestClient(configKey = "complaint-service")
@OidcClientFilter
@Path("/api/internal/complaints")
interface ComplaintServiceClient {
    /** How to reach the complainant: 404 when the complaint is unknown, left no e-mail, or was erased. */
    @GET
    @Path("{complaintId}/party-contact")
    @Produces(MediaType.APPLICATION_JSON)
    PartyContactResponse partyContact(@PathParam("complaintId") String complaintId);

    record PartyContactResponse(String reference, String email, String language, LocalDate responseDue,
                                String replyToken) {
        @Override
        public String toString() {
            return "PartyContactResponse[" + reference + ", redacted]";
        }
    }
}
