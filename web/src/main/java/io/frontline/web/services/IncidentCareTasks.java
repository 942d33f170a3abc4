package io.frontline.web.services;

import java.util.concurrent.CompletionStage;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** incident-service's care-task queues as the signed-in person: their sites' open tasks, or their own care. */
@RegisterRestClient(configKey = "incident-service")
@RegisterClientHeaders(PersonsToken.class)
@Path("/api/care-tasks")
@Produces(MediaType.APPLICATION_JSON)
public interface IncidentCareTasks {
    /** Open tasks of the person's sites: {@code due} overdue, due-soon or open; {@code {items, next}}. */
    @GET
    JsonNode due(@QueryParam("site") String site, @QueryParam("due") String due, @QueryParam("within") String within,
                 @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor);

    /** The care plan tasks meant for the person: of incidents they reported or are named in as a victim. */
    @GET
    @Path("mine")
    JsonNode mine();

    /** The Today page: open care tasks of the person's sites in a window ({@code overdue}), asked alongside. */
    @GET
    CompletionStage<JsonNode> inWindow(@QueryParam("due") String due, @QueryParam("limit") Integer limit);
}
