package io.frontline.web.services;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

import java.util.Map;

/**
 * sanction-service's door profile of a measure (issue 20) as the signed-in manager: the service decides who may
 * describe the person, add a photo and read the sightings (managers of the measure's site, HQ safety).
 */
@RegisterRestClient(configKey = "sanction-service")
@RegisterClientHeaders(PersonsToken.class)
@Path("/api/measures/{id}")
@Produces(MediaType.APPLICATION_JSON)
public interface DoorProfiles {
    /** The profile's fields; answers the profile and the reminder words found ({@code warnings}). */
    @PUT
    @Path("door-profile")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode describe(@PathParam("id") String id, Map<String, String> profile);

    /** {@code file} (JPEG or PNG) and {@code lawfulBasis}; 201, or 400/413/415. */
    @POST
    @Path("door-photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    JsonNode addPhoto(@PathParam("id") String id, ClientMultipartForm form);

    /** The measure's sightings at the door, newest first. */
    @GET
    @Path("sightings")
    JsonNode sightings(@PathParam("id") String id);
}
