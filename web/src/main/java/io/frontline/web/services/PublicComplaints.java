package io.frontline.web.services;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/**
 * complaint-service's public API, without a token: the complainant is known by reference and tracking secret,
 * which travels in a header, never in a URL. The person's address goes along as {@code X-Forwarded-For}, so the
 * service's per-client limits apply per person, not to this application as a whole.
 */
@RegisterRestClient(configKey = "complaint-service")
@Path("/api/public")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PublicComplaints {
    String SECRET = "X-Tracking-Secret";
    String FORWARDED_FOR = "X-Forwarded-For";

    @POST
    @Path("complaints")
    JsonNode file(@HeaderParam(FORWARDED_FOR) String client, Map<String, Object> complaint);

    @GET
    @Path("complaints/{reference}")
    JsonNode status(@HeaderParam(FORWARDED_FOR) String client, @PathParam("reference") String reference,
                    @HeaderParam(SECRET) String secret);

    @POST
    @Path("complaints/{reference}/messages")
    JsonNode reply(@HeaderParam(FORWARDED_FOR) String client, @PathParam("reference") String reference,
                   @HeaderParam(SECRET) String secret, Map<String, Object> reply);

    @POST
    @Path("complaints/{reference}/reopen")
    JsonNode reopen(@HeaderParam(FORWARDED_FOR) String client, @PathParam("reference") String reference,
                    @HeaderParam(SECRET) String secret, Map<String, Object> reopen);

    @POST
    @Path("complaints/{reference}/escalation-requests")
    JsonNode requestEscalation(@HeaderParam(FORWARDED_FOR) String client, @PathParam("reference") String reference,
                               @HeaderParam(SECRET) String secret, Map<String, Object> request);

    @GET
    @Path("procedure")
    JsonNode procedure(@HeaderParam(FORWARDED_FOR) String client, @QueryParam("site") String site);
}
