package io.frontline.notification.adapter.out.sanction;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * sanction-service's internal API for the sender of ban notices, with this service's client-credentials token;
 * base URL from {@code quarkus.rest-client.sanction-service.url}.
 */
@RegisterRestClient(configKey = "sanction-service")
@OidcClientFilter
@Path("/api/internal/ban-notices")
interface SanctionServiceClient {
    @POST
    @Path("{reference}/secret")
    @Produces(MediaType.APPLICATION_JSON)
    IssuedSecret issueSecret(@PathParam("reference") String reference);

    record IssuedSecret(String reference, String secret) {
        @Override
        public String toString() {
            return "IssuedSecret[" + reference + ", redacted]";
        }
    }
}
