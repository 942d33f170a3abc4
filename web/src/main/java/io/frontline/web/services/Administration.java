package io.frontline.web.services;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/**
 * notification-service's directory and configuration as the signed-in administrator (issue 14): the person's
 * token decides; the service refuses everyone else.
 */
@RegisterRestClient(configKey = "notification-service")
@RegisterClientHeaders(PersonsToken.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface Administration {
    /**
     * Everyone with their status and whether critical news can page them by SMS ({@code person.smsPaging}, never the
     * number); {@code q} searches id, name and e-mail, {@code smsPaging=missing} keeps those it would page who have no
     * mobile number.
     */
    @GET
    @Path("admin/directory")
    JsonNode roster(@QueryParam("q") String q, @QueryParam("active") Boolean active,
                    @QueryParam("smsPaging") String smsPaging);

    @GET
    @Path("directory/people/{id}")
    JsonNode person(@PathParam("id") String id);

    @POST
    @Path("directory/people")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode add(Map<String, Object> person);

    @PUT
    @Path("directory/people/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode change(@PathParam("id") String id, Map<String, Object> person);

    @POST
    @Path("admin/directory/{id}/deactivate")
    JsonNode deactivate(@PathParam("id") String id);

    @POST
    @Path("admin/directory/{id}/reactivate")
    JsonNode reactivate(@PathParam("id") String id);

    @GET
    @Path("admin/configuration/organisation")
    JsonNode organisation();

    @GET
    @Path("admin/configuration/routing-rules")
    JsonNode routingRules();

    @GET
    @Path("admin/configuration/escalation-policies")
    JsonNode escalationPolicies();
}
