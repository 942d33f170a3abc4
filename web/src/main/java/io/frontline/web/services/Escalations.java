package io.frontline.web.services;

import java.util.concurrent.CompletionStage;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** notification-service's escalations as the signed-in person: their token decides which they see. */
@RegisterRestClient(configKey = "notification-service")
@RegisterClientHeaders(PersonsToken.class)
@Path("/api/escalations")
@Produces(MediaType.APPLICATION_JSON)
public interface Escalations {

    @GET
    JsonNode list(@QueryParam("status") String status, @QueryParam("limit") Integer limit,
                  @QueryParam("cursor") String cursor);

    @GET
    @Path("{id}")
    JsonNode escalation(@PathParam("id") String id);

    @POST
    @Path("{id}/acknowledge")
    JsonNode acknowledge(@PathParam("id") String id);

    /** The Today page: open escalations in the person's scope, asked alongside the other services. */
    @GET
    CompletionStage<JsonNode> open(@QueryParam("status") String status, @QueryParam("limit") Integer limit);

    /** Safety analytics: escalations started, acknowledged, exhausted and minutes to acknowledge, in scope. */
    @GET
    @Path("stats")
    JsonNode stats(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("site") String site,
                   @QueryParam("region") String region);
}
