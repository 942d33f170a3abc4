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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/** sanction-service's door list (issue 20) as the signed-in person: their token decides which sites they see. */
@RegisterRestClient(configKey = "sanction-service")
@RegisterClientHeaders(PersonsToken.class)
@Path("/api")
public interface DoorList {
    @GET
    @Path("door-list")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode doorList(@QueryParam("site") String site);

    /** The photo's bytes; 404 for a photo outside the person's sites. */
    @GET
    @Path("door-photos/{id}")
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    Response photo(@PathParam("id") String id);

    @POST
    @Path("door-list/sightings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode seen(Map<String, Object> body);

    /** A watch flag: {@code identifierKind}, {@code identifier}, {@code site}, {@code note}; 201. */
    @POST
    @Path("watch-flags")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode flag(Map<String, Object> body);
}
