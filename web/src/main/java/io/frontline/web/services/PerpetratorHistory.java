package io.frontline.web.services;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** incident-service's repeat-perpetrator view: a subject key's incidents across all sites, with outcomes. */
@RegisterRestClient(configKey = "incident-service")
@RegisterClientHeaders(PersonsToken.class)
@Path("/api/subjects")
@Produces(MediaType.APPLICATION_JSON)
public interface PerpetratorHistory {
    @GET
    @Path("{subjectKey}/history")
    JsonNode history(@PathParam("subjectKey") String subjectKey);
}
