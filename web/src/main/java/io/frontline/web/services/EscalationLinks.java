package io.frontline.web.services;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/**
 * The one-click acknowledgement link of an escalation notice, without anyone's token: the link's signed token is
 * the authority. Reading it changes nothing; the confirmation acknowledges, once.
 */
@RegisterRestClient(configKey = "notification-service")
@Path("/api/public/escalations/acknowledge")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface EscalationLinks {

    @GET
    JsonNode preview(@QueryParam("token") String token);

    @POST
    JsonNode confirm(Map<String, Object> body);
}
