package io.frontline.web.services;

import java.util.concurrent.CompletionStage;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/** sanction-service's measures as the signed-in person: their token decides what they see and may decide. */
@RegisterRestClient(configKey = "sanction-service")
@RegisterClientHeaders(PersonsToken.class)
@Path("/api/measures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface Sanctions {

    /** A work queue: {@code awaiting-approval}, {@code active}, {@code expiring}, {@code objections-pending}. */
    @GET
    @Path("{queue}")
    JsonNode queue(@PathParam("queue") String queue, @QueryParam("includeExcluded") Boolean includeExcluded,
                   @QueryParam("withinDays") Integer withinDays, @QueryParam("limit") Integer limit,
                   @QueryParam("cursor") String cursor);

    @GET
    @Path("{id}")
    JsonNode measure(@PathParam("id") String id);

    @GET
    @Path("{id}/pending-beside")
    JsonNode pendingBeside(@PathParam("id") String id);

    @POST
    @Path("{id}/approve")
    JsonNode approve(@PathParam("id") String id);

    @POST
    @Path("{id}/reject")
    JsonNode reject(@PathParam("id") String id, Map<String, Object> body);

    @POST
    @Path("{id}/lift")
    JsonNode lift(@PathParam("id") String id, Map<String, Object> body);

    @POST
    @Path("{id}/objection")
    JsonNode object(@PathParam("id") String id, Map<String, Object> body);

    @POST
    @Path("{id}/objection/decision")
    JsonNode decideObjection(@PathParam("id") String id, Map<String, Object> body);

    /** The Today page: proposals the person may approve (never their own), asked alongside the other services. */
    @GET
    @Path("awaiting-approval")
    CompletionStage<JsonNode> awaitingApproval(@QueryParam("limit") Integer limit);

    /** Safety analytics of the ladder: outcomes by type and rule, bans in force, violations; in the person's scope. */
    @GET
    @Path("stats")
    JsonNode stats(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("site") String site,
                   @QueryParam("region") String region);
}
