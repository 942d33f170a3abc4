package io.frontline.web.services;

import jakarta.ws.rs.QueryParam;
import java.util.concurrent.CompletionStage;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.SseEvent;

import java.util.Map;

/**
 * incident-service's live detection as the signed-in supervisor: the stream of live alerts at their call centers,
 * the actions on a suggestion, and a caller's earlier incidents — their token decides which call centers.
 */
@RegisterRestClient(configKey = "incident-service")
@RegisterClientHeaders(PersonsToken.class)
@Path("/api")
public interface LiveConsole {

    /** Live alerts as server-sent events; with the number of the last one seen, those after it. */
    @GET
    @Path("live-alerts/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    Multi<SseEvent<String>> liveAlerts(@HeaderParam("Last-Event-ID") String lastEventId);

    @POST
    @Path("suggested-incidents/{id}/takeover")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode takeOver(@PathParam("id") String suggestionId);

    @POST
    @Path("suggested-incidents/{id}/confirmation")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode confirm(@PathParam("id") String suggestionId);

    @POST
    @Path("suggested-incidents/{id}/dismissal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode dismiss(@PathParam("id") String suggestionId, Map<String, String> note);

    @GET
    @Path("incidents/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode incident(@PathParam("id") String incidentId);

    /** The subject's incidents across all sites, with outcomes. */
    @GET
    @Path("subjects/{subjectKey}/history")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode callerHistory(@PathParam("subjectKey") String subjectKey);

    /** The Today page: suggestions of live detection at the person's call centers, by status. */
    @GET
    @Path("suggested-incidents")
    @Produces(MediaType.APPLICATION_JSON)
    CompletionStage<JsonNode> suggestions(@QueryParam("status") String status, @QueryParam("limit") Integer limit);
}
