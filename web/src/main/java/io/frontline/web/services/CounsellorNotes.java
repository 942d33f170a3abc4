package io.frontline.web.services;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/**
 * incident-service's counsellor notes (seed 004) as the signed-in person: a note only its author reads, its reporter
 * gives and withdraws their consents, HQ safety reads who tried to read which note. Used to turn a consultation the
 * counsellor received into a note without retyping, and by the counsellor's screens.
 */
@RegisterRestClient(configKey = "incident-service")
@RegisterClientHeaders(PersonsToken.class)
@Path("/api/procedure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CounsellorNotes {

    /** {@code {reporter, reporterHasAccount, text}}; answers the note (its {@code id}). */
    @POST
    @Path("counsellor-notes")
    JsonNode write(Map<String, Object> note);

    /** The counsellor's own notes, newest first: {@code {items: [...], next}}; never the text. */
    @GET
    @Path("counsellor-notes")
    JsonNode own(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor);

    /** A note with its text; 404 for everyone but its author. Every call is audited. */
    @GET
    @Path("counsellor-notes/{id}")
    JsonNode note(@PathParam("id") String id);

    /** {@code {purpose, how}}: the consent of a reporter without an account, as the counsellor records it. */
    @POST
    @Path("counsellor-notes/{id}/consents")
    void recordConsent(@PathParam("id") String id, Map<String, Object> consent);

    /** {@code {purpose, description}}; 422 without the reporter's consent in force. */
    @POST
    @Path("counsellor-notes/{id}/actions")
    JsonNode act(@PathParam("id") String id, Map<String, Object> action);

    /** The notes the signed-in person is the reporter of, with their consents (never the text). */
    @GET
    @Path("my-counsellor-notes")
    JsonNode mine();

    /** {@code {purpose}}: the reporter gives their consent. */
    @POST
    @Path("counsellor-notes/{id}/my-consents")
    void give(@PathParam("id") String id, Map<String, Object> consent);

    @DELETE
    @Path("counsellor-notes/{id}/my-consents/{purpose}")
    void withdraw(@PathParam("id") String id, @PathParam("purpose") String purpose);

    /** Who read or tried to read which note, newest first (HQ safety, admin). */
    @GET
    @Path("counsellor-note-reads")
    JsonNode reads(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor);

    /** {@code {counsellorNoteId, accused, complaint}}: the counsellor files the formal complaint for the reporter. */
    @POST
    @Path("complaints")
    JsonNode fileComplaint(Map<String, Object> complaint);
}
