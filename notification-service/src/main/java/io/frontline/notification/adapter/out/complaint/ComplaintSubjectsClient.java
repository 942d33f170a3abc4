package io.frontline.notification.adapter.out.complaint;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * complaint-service's contact of a customer by subject key (issue 17), with this service's client-credentials
 * token; the same base URL as {@link ComplaintServiceClient} ({@code quarkus.rest-client.complaint-service.url}).
 */
@RegisterRestClient(configKey = "complaint-service")
@OidcClientFilter
@Path("/api/internal/subjects")
interface ComplaintSubjectsClient {
    /** 404 when no complaint of the subject left an e-mail address or a phone number (or they were erased). */
    @GET
    @Path("{subjectKey}/contact")
    @Produces(MediaType.APPLICATION_JSON)
    SubjectContactResponse contact(@PathParam("subjectKey") String subjectKey);

    record SubjectContactResponse(String email, String phone, String language) {
        @Override
        public String toString() {
            return "SubjectContactResponse[redacted, " + language + "]";
        }
    }
}
