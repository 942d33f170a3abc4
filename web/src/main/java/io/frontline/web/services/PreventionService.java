package io.frontline.web.services;

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

import java.util.List;
import java.util.Map;

/**
 * prevention-service as the signed-in person (their token decides what they see): policies and acknowledgements,
 * consultation desks and consultations, playbooks, training, reviews and the compliance report. The records are the
 * shapes of its answers; dates and instants stay ISO text, formatted by the pages.
 */
@RegisterRestClient(configKey = "prevention-service")
@RegisterClientHeaders(PersonsToken.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PreventionService {

    record Policy(String id, String kind, int version, String effectiveFrom, String language, String title,
                  String body, List<String> languages, String publishedBy, String publishedAt,
                  String acknowledgedAt) {
    }

    record Share(String site, int employees, int acknowledged, double percent, List<String> missing) {
    }

    record Contact(String kind, String name, String userId, String phone, String email, String address,
                   String note) {
    }

    record Desk(String site, Contact firstContact, List<Contact> counsellors, Contact committee,
                List<Contact> outsideContacts, boolean staffed, String updatedBy, String updatedAt) {
    }

    record IncidentDraft(String siteId, String occurredAt, String description) {
    }

    record Consultation(String id, String site, String employee, String deskPerson, String subject, String text,
                        String occurredAt, String createdAt, IncidentDraft asIncidentReport) {
    }

    record Playbook(String situation, String title, List<String> incidentTypes, int responders, String endingContact,
                    String apology, String recording, List<String> listenFor, List<String> inform, String updatedBy,
                    String updatedAt) {
    }

    record Course(String id, String name, String audience, String refreshInterval, String requiredFrom,
                  List<String> scenarios) {
    }

    record TrainingState(String courseId, String course, String audience, String userId, String name, String site,
                         String lastAttended, String dueOn, String status) {
    }

    record Figures(int incidentsReported, int incidentsConfirmed, int incidentsClosed, int complaintsReceived) {
    }

    record CaseStudy(int number, String siteId, String month, List<String> types, String severity, String outcome,
                     String lesson) {
    }

    record Action(String id, String text, String owner, String dueOn, String doneAt, String doneBy) {
    }

    record Review(String id, String site, String from, String to, Figures figures, List<CaseStudy> caseStudies,
                  List<Action> actions, String heldBy, String heldAt) {
    }

    record Figure(String duty, String measure, Object value, String asOf, String detail) {
    }

    record Gap(String duty, String text) {
    }

    record Compliance(String siteId, String from, String to, String generatedAt, List<Figure> figures,
                      List<Gap> gaps) {
    }

    @GET
    @Path("policies")
    List<Policy> policies(@QueryParam("lang") String lang);

    @POST
    @Path("policies/{kind}/acknowledgement")
    Policy acknowledge(@PathParam("kind") String kind, Map<String, Object> body);

    @GET
    @Path("policies/{kind}/versions")
    List<Policy> versions(@PathParam("kind") String kind, @QueryParam("lang") String lang);

    @POST
    @Path("policies/{kind}/versions")
    Policy publish(@PathParam("kind") String kind, Map<String, Object> body);

    @GET
    @Path("policies/{kind}/acknowledgements")
    List<Share> shares(@PathParam("kind") String kind, @QueryParam("site") String site);

    @GET
    @Path("desks")
    List<Desk> desks();

    @PUT
    @Path("desks/{site}")
    Desk saveDesk(@PathParam("site") String site, Map<String, Object> body);

    @POST
    @Path("consultations")
    Consultation consult(Map<String, Object> body);

    @GET
    @Path("consultations")
    List<Consultation> consultations();

    @GET
    @Path("consultations/{id}")
    Consultation consultation(@PathParam("id") String id);

    @GET
    @Path("playbooks")
    List<Playbook> playbooks(@QueryParam("incidentType") String incidentType);

    @GET
    @Path("courses")
    List<Course> courses();

    @POST
    @Path("courses/{id}/sessions")
    Map<String, Object> recordSession(@PathParam("id") String courseId, Map<String, Object> body);

    @GET
    @Path("training")
    List<TrainingState> training(@QueryParam("site") String site, @QueryParam("course") String course);

    @GET
    @Path("training/mine")
    List<TrainingState> myTraining();

    @POST
    @Path("reviews")
    Review holdReview(Map<String, Object> body);

    @GET
    @Path("reviews")
    List<Review> reviews(@QueryParam("site") String site);

    @GET
    @Path("reviews/{id}")
    Review review(@PathParam("id") String id);

    @POST
    @Path("reviews/{id}/actions")
    Action addAction(@PathParam("id") String id, Map<String, Object> body);

    @POST
    @Path("reviews/{id}/actions/{actionId}/done")
    Action actionDone(@PathParam("id") String id, @PathParam("actionId") String actionId);

    @GET
    @Path("compliance")
    Compliance compliance(@QueryParam("site") String site, @QueryParam("from") String from,
                          @QueryParam("to") String to);

    @GET
    @Path("compliance.csv")
    @Produces("text/csv")
    String complianceCsv(@QueryParam("site") String site, @QueryParam("from") String from,
                         @QueryParam("to") String to);
}
