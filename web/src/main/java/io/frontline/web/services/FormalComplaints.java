package io.frontline.web.services;

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

/**
 * incident-service's formal complaints (seed 004) as the signed-in person: their token decides what of a case they
 * read ({@code readAs}) and what they may do; the pages only offer what the service would accept.
 */
@RegisterRestClient(configKey = "incident-service")
@RegisterClientHeaders(PersonsToken.class)
@Path("/api/procedure/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface FormalComplaints {

    /** My formal complaints: {@code {items: [{id, reference, status, readAs, cannotSit, nextTerm}], next}}. */
    @GET
    JsonNode mine(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor);

    @POST
    JsonNode file(Map<String, Object> complaint);

    @GET
    @Path("{id}")
    JsonNode complaint(@PathParam("id") String id);

    /** {@code step}: hearings, experts, interim-measures, votes, report, decision, objections, positions, advisers. */
    @POST
    @Path("{id}/{step}")
    JsonNode act(@PathParam("id") String id, @PathParam("step") String step, Map<String, Object> body);

    @POST
    @Path("{id}/objections/{objectionId}/answer")
    JsonNode answer(@PathParam("id") String id, @PathParam("objectionId") String objectionId,
                    Map<String, Object> body);
}
