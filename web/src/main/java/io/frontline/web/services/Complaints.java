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

import java.util.List;
import java.util.Map;

/**
 * complaint-service's staff API as the signed-in person: their token decides which complaints exist for them (their
 * sites, regions or the chain) and which steps they may take; every rule stays in the service.
 */
@RegisterRestClient(configKey = "complaint-service")
@RegisterClientHeaders(PersonsToken.class)
@Path("/api/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface Complaints {

    /** The queue: {@code {"items": [...], "next": cursor}}. */
    @GET
    JsonNode queue(@QueryParam("status") List<String> statuses, @QueryParam("site") String site,
                   @QueryParam("assignee") String assignee, @QueryParam("category") String category,
                   @QueryParam("channel") String channel, @QueryParam("due") String due,
                   @QueryParam("receivedFrom") String receivedFrom, @QueryParam("receivedTo") String receivedTo,
                   @QueryParam("reference") String reference, @QueryParam("sort") String sort,
                   @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("{id}")
    JsonNode complaint(@PathParam("id") String id);

    @GET
    @Path("{id}/timeline")
    JsonNode timeline(@PathParam("id") String id);

    @GET
    @Path("{id}/screening")
    JsonNode screening(@PathParam("id") String id);

    @POST
    @Path("{id}/acknowledge")
    JsonNode acknowledge(@PathParam("id") String id);

    @POST
    @Path("{id}/start")
    JsonNode start(@PathParam("id") String id);

    @POST
    @Path("{id}/resume")
    JsonNode resume(@PathParam("id") String id);

    @POST
    @Path("{id}/assign")
    JsonNode assign(@PathParam("id") String id, Map<String, Object> assignment);

    @POST
    @Path("{id}/wait-for-complainant")
    JsonNode askComplainant(@PathParam("id") String id, Map<String, Object> question);

    @POST
    @Path("{id}/resolve")
    JsonNode resolve(@PathParam("id") String id, Map<String, Object> answer);

    @POST
    @Path("{id}/reject")
    JsonNode reject(@PathParam("id") String id, Map<String, Object> rejection);

    @POST
    @Path("{id}/rejection/approval")
    JsonNode approveRejection(@PathParam("id") String id);

    @POST
    @Path("{id}/rejection/decline")
    JsonNode declineRejection(@PathParam("id") String id, Map<String, Object> decline);

    @POST
    @Path("{id}/escalate")
    JsonNode escalate(@PathParam("id") String id, Map<String, Object> escalation);

    @POST
    @Path("{id}/messages")
    JsonNode message(@PathParam("id") String id, Map<String, Object> message);

    @POST
    @Path("{id}/conduct")
    JsonNode assessConduct(@PathParam("id") String id, Map<String, Object> assessment);

    @POST
    @Path("{id}/conduct/reassessment/approval")
    JsonNode approveReassessment(@PathParam("id") String id);

    @POST
    @Path("{id}/conduct/reassessment/decline")
    JsonNode declineReassessment(@PathParam("id") String id, Map<String, Object> decline);

    /** The Today page: complaints whose term is over ({@code overdue}) or ends within days ({@code soon}). */
    @GET
    CompletionStage<JsonNode> due(@QueryParam("due") String due, @QueryParam("limit") Integer limit);

    /**
     * Complaint statistics of the person's scope, narrowed to a site or region when one is given (complaint-service
     * refuses one outside the scope with 403), in the shape of incident-service's safety figures.
     */
    @GET
    @Path("stats")
    JsonNode stats(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("site") String site,
                   @QueryParam("region") String region, @QueryParam("groupBy") String groupBy);
}
