package io.frontline.web.services;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;
import java.util.UUID;

/** incident-service as the signed-in person: their token decides what they may report and see. */
@RegisterRestClient(configKey = "incident-service")
@RegisterClientHeaders(PersonsToken.class)
@Path("/api/incidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface Incidents {

    @POST
    JsonNode report(Map<String, Object> report);

    @GET
    @Path("mine")
    JsonNode mine();

    /** The incidents queue: {@code {items, next}}; only what the person's sites hold. */
    @GET
    JsonNode list(@QueryParam("status") String status, @QueryParam("site") String site,
                  @QueryParam("severity") String severity, @QueryParam("type") String type,
                  @QueryParam("source") String source, @QueryParam("dates") String dates,
                  @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("weekday") Integer weekday,
                  @QueryParam("hour") Integer hour, @QueryParam("region") String region, @QueryParam("sort") String sort,
                  @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor);

    /** Safety analytics: the figures of the incidents reported from {@code from} to {@code to} (dates), in scope. */
    @GET
    @Path("stats")
    JsonNode stats(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("site") String site,
                   @QueryParam("region") String region, @QueryParam("groupBy") String groupBy);

    /** One chart's figures as CSV; incident-service audits the export and refuses a site or region not overseen. */
    @GET
    @Path("stats/export")
    @Produces("text/csv")
    Response exportChart(@QueryParam("chart") String chart, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("site") String site,
                         @QueryParam("region") String region, @QueryParam("groupBy") String groupBy);

    /** The incidents queue with its filters as CSV, one row per incident; audited by incident-service. */
    @GET
    @Path("export")
    @Produces("text/csv")
    Response exportIncidents(@QueryParam("status") String status, @QueryParam("site") String site,
                             @QueryParam("severity") String severity, @QueryParam("type") String type,
                             @QueryParam("source") String source, @QueryParam("dates") String dates,
                             @QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("weekday") Integer weekday, @QueryParam("hour") Integer hour,
                             @QueryParam("region") String region);

    @GET
    @Path("{id}")
    JsonNode get(@PathParam("id") String id);

    /** A workflow step: triage, investigation, confirmation, unfounded, closure, reopening; body {@code {note}}. */
    @POST
    @Path("{id}/{step}")
    JsonNode step(@PathParam("id") String id, @PathParam("step") String step, Map<String, Object> body);

    @POST
    @Path("{id}/details")
    JsonNode addDetails(@PathParam("id") String id, Map<String, Object> details);

    @PUT
    @Path("{id}/police-report")
    JsonNode policeReport(@PathParam("id") String id, Map<String, Object> report);

    /** Statements as the person may read them (the service audits the read). */
    @GET
    @Path("{id}/statements")
    JsonNode statements(@PathParam("id") String id);

    @POST
    @Path("{id}/statements")
    JsonNode addStatement(@PathParam("id") String id, Map<String, Object> statement);

    @GET
    @Path("{id}/care-plan")
    JsonNode carePlan(@PathParam("id") String id);

    /** {@code outcome}: done or skipped; body {@code {note}}. */
    @POST
    @Path("{id}/care-plan/tasks/{taskId}/{outcome}")
    JsonNode completeCareTask(@PathParam("id") String id, @PathParam("taskId") String taskId,
                              @PathParam("outcome") String outcome, Map<String, Object> body);

    @POST
    @Path("{id}/care-plan/specialist-referral")
    JsonNode specialistReferral(@PathParam("id") String id, Map<String, Object> body);

    // --- Evidence files and the police handover package (screens in io.frontline.web.evidence) ---

    @GET
    @Path("{id}")
    JsonNode incident(@PathParam("id") UUID id);

    @GET
    @Path("{id}/evidence")
    JsonNode evidence(@PathParam("id") UUID id);

    /** The file as the person chose it, under the form field {@code file}; 201 with the evidence and its SHA-256. */
    @POST
    @Path("{id}/evidence/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    JsonNode uploadEvidence(@PathParam("id") UUID id, ClientMultipartForm form);

    /** The stored bytes, with the service's content type, disposition and digest headers. */
    @GET
    @Path("{id}/evidence/{evidenceId}/file")
    @Produces(MediaType.WILDCARD)
    Response evidenceFile(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId);

    @GET
    @Path("{id}/police-package")
    @Produces("application/zip")
    Response policePackage(@PathParam("id") UUID id);
}
