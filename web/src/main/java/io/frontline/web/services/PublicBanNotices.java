package io.frontline.web.services;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/**
 * sanction-service's public API for a customer under a ban (issue 17), without a token: the customer is known by
 * the reference and secret of their written notice; the secret travels in a header, never in a URL. The person's
 * address goes along as {@code X-Forwarded-For}, so the service's per-client limits apply per person.
 */
@RegisterRestClient(configKey = "sanction-service")
@Path("/api/public/ban-notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PublicBanNotices {
    String SECRET = "X-Tracking-Secret";
    String FORWARDED_FOR = "X-Forwarded-For";

    @GET
    @Path("{reference}")
    JsonNode status(@HeaderParam(FORWARDED_FOR) String client, @PathParam("reference") String reference,
                    @HeaderParam(SECRET) String secret);

    @POST
    @Path("{reference}/objection")
    JsonNode object(@HeaderParam(FORWARDED_FOR) String client, @PathParam("reference") String reference,
                    @HeaderParam(SECRET) String secret, Map<String, Object> objection);
}
