package io.frontline.web.services;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/**
 * complaint-service's one place to ask (issue 17): a customer's request for access or erasure across every service,
 * as the signed-in person — their token is passed on to each service, which checks it.
 */
@RegisterRestClient(configKey = "complaint-service")
@RegisterClientHeaders(PersonsToken.class)
@Path("/api/subject-requests")
@Produces(MediaType.APPLICATION_JSON)
public interface SubjectRequests {
    /** {@code {email?, phone?, loyaltyCard?, action, reason}} → the combined answer. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode ask(Map<String, Object> request);

    /** The record of requests, newest first: {@code {"items": [...], "next": cursor}}. */
    @GET
    JsonNode recorded(@QueryParam("limit") Integer limit);
}
