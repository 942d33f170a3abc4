package io.frontline.web.services;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/**
 * incident-service's counsellor notes (seed 004) as the signed-in counsellor: a note only its author reads. Used to
 * turn a consultation the counsellor received into a note without retyping.
 */
@RegisterRestClient(configKey = "incident-service")
@RegisterClientHeaders(PersonsToken.class)
@Path("/api/procedure/counsellor-notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CounsellorNotes {

    /** {@code {reporter, reporterHasAccount, text}}; answers the note (its {@code id}). */
    @POST
    JsonNode write(Map<String, Object> note);
}
