package io.frontline.web.services;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** sanction-service's ban ladder in force (issue 14), as the signed-in administrator or HQ safety officer. */
@RegisterRestClient(configKey = "sanction-service")
@RegisterClientHeaders(PersonsToken.class)
@Path("/api/admin/configuration/ladder")
@Produces(MediaType.APPLICATION_JSON)
public interface LadderConfiguration {
    @GET
    JsonNode ladder();
}
