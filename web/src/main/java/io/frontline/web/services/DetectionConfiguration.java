package io.frontline.web.services;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** incident-service's detection rules and thresholds in force (issue 14), as the signed-in administrator or HQ safety. */
@RegisterRestClient(configKey = "incident-service")
@RegisterClientHeaders(PersonsToken.class)
@Path("/api/admin/configuration/detection")
@Produces(MediaType.APPLICATION_JSON)
public interface DetectionConfiguration {
    @GET
    JsonNode detection();
}
