package io.frontline.web.services;

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
 * prevention-service's public partner form, without a token: the business partner is known by reference and tracking
 * secret, which travels in a header, never in a URL; their address goes along as {@code X-Forwarded-For} so the
 * service's per-client limit counts per person.
 */
@RegisterRestClient(configKey = "prevention-service")
@Path("/api/public/partner-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PublicPreventionService {
    String SECRET = "X-Tracking-Secret";
    String FORWARDED_FOR = "X-Forwarded-For";

    record Filed(String reference, String trackingSecret, String status, String receivedAt) {
    }

    record Status(String reference, String status, String receivedAt, String outcome, String outcomeMessage,
                  String concludedAt) {
    }

    @POST
    Filed file(@HeaderParam(FORWARDED_FOR) String client, Map<String, Object> report);

    @GET
    @Path("{reference}")
    Status status(@HeaderParam(FORWARDED_FOR) String client, @PathParam("reference") String reference,
                  @HeaderParam(SECRET) String secret);
}
