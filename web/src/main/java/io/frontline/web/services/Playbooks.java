package io.frontline.web.services;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** prevention-service's response playbooks, read as the signed-in person. */
@RegisterRestClient(configKey = "prevention-service")
@RegisterClientHeaders(PersonsToken.class)
@Path("/api/playbooks")
@Produces(MediaType.APPLICATION_JSON)
public interface Playbooks {
    /** One situation's playbook; 404 when the chain has none for it. */
    @GET
    @Path("{situation}")
    JsonNode playbook(@PathParam("situation") String situation);
}
