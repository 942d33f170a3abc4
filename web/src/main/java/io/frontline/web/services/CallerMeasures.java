package io.frontline.web.services;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** sanction-service as the signed-in person: the measures against a customer that they may see (their sites). */
@RegisterRestClient(configKey = "sanction-service")
@RegisterClientHeaders(PersonsToken.class)
@Path("/api/measures")
@Produces(MediaType.APPLICATION_JSON)
public interface CallerMeasures {

    @GET
    JsonNode ofSubject(@QueryParam("subjectKey") String subjectKey, @QueryParam("limit") int limit);
}
