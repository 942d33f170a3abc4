package io.frontline.complaint.adapter.in.rest;

import io.frontline.complaint.application.domain.model.Category;
import io.frontline.complaint.application.domain.model.Channel;
import io.frontline.complaint.application.domain.model.Complaint;
import io.frontline.complaint.application.domain.model.ConductIndicator;
import io.frontline.complaint.application.domain.model.DemandJudgement;
import io.frontline.complaint.application.domain.model.EscalationLevel;
import io.frontline.complaint.application.domain.model.MannerJudgement;
import io.frontline.complaint.application.domain.model.TimelineEntry;
import io.frontline.complaint.application.domain.model.Visibility;
import io.frontline.complaint.application.port.in.AddMessageCommand;
import io.frontline.complaint.application.port.in.AssessConductCommand;
import io.frontline.complaint.application.port.in.AssignComplaintCommand;
import io.frontline.complaint.application.port.in.ComplaintActionCommand;
import io.frontline.complaint.application.port.in.EscalateComplaintCommand;
import io.frontline.complaint.application.port.in.FileComplaintCommand;
import io.frontline.complaint.application.port.in.FileComplaintUseCase;
import io.frontline.complaint.application.port.in.FiledComplaint;
import io.frontline.complaint.application.port.in.GetComplaintQuery;
import io.frontline.complaint.application.port.in.HandleComplaintUseCase;
import io.frontline.complaint.application.domain.model.ComplaintQueue;
import io.frontline.complaint.application.domain.model.ComplaintStatus;
import io.frontline.complaint.application.port.in.ListComplaintsCommand;
import io.frontline.complaint.application.port.in.ListComplaintsUseCase;
import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.WireName;
import io.frontline.platform.query.ListPage;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import io.frontline.platform.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.frontline.platform.domain.WireName.parse;
import static io.frontline.complaint.adapter.in.rest.ComplaintResponse.wire;

/** Staff and call-center entry, and the handling of complaints by the staff of their sites (seed 002). */
@Path("/api/complaints")
@Tag(name = "Complaints")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintResource {
    @Inject
    FileComplaintUseCase fileComplaint;

    @Inject
    GetComplaintQuery getComplaint;

    @Inject
    HandleComplaintUseCase handle;

    @Inject
    ListComplaintsUseCase listComplaints;

    @Inject
    java.time.Clock clock;

    @Inject
    CurrentActor currentActor;

    /**
     * A timeline entry as staff see it: {@code code} and {@code params} say what happened (the page renders them in
     * the reader's language), {@code text} only what a person wrote; {@code action} is the code without its prefix.
     */
    public record TimelineItem(Instant at, String actor, String action, String code, Map<String, String> params,
                               String visibility, String text) {
    }

    @POST
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.COMPLAINT_HANDLER, Roles.COMPLAINT_INTAKE, Roles.HQ_SAFETY})
    @Operation(summary = "File a complaint received by phone, letter or in store")
    public Response file(@Valid @NotNull FileComplaintRequest request, UriInfo uri) {
        FiledComplaint filed = fileComplaint.file(new FileComplaintCommand(currentActor.get(), request.site(),
                parse(Channel.class, request.channel(), "channel"), parse(Category.class, request.category(), "category"),
                request.subject(), request.description(), request.language(), request.receivedAt()));
        Complaint complaint = filed.complaint();
        return Response.created(uri.getAbsolutePathBuilder().path(complaint.id().toString()).build())
                .entity(ComplaintResponse.of(complaint, filed.trackingSecret())).build();
    }

    @GET
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "The complaint queue of your sites: filters, sort (due, -due, received, -received), "
            + "cursor pages")
    public ListPage<ComplaintQueueItem> list(@QueryParam("status") List<String> statuses,
                                             @QueryParam("site") List<String> sites,
                                             @QueryParam("assignee") String assignee,
                                             @QueryParam("category") List<String> categories,
                                             @QueryParam("channel") List<String> channels,
                                             @QueryParam("due") String due,
                                             @QueryParam("receivedFrom") String receivedFrom,
                                             @QueryParam("receivedTo") String receivedTo,
                                             @QueryParam("reference") String reference,
                                             @QueryParam("sort") String sort,
                                             @QueryParam("limit") Integer limit,
                                             @QueryParam("cursor") String cursor) {
        ComplaintQueue.Filter filter = new ComplaintQueue.Filter(parseAll(ComplaintStatus.class, statuses, "status"),
                sites == null ? Set.of() : sites.stream().filter(s -> s != null && !s.isBlank()).map(String::strip)
                        .collect(Collectors.toSet()),
                ComplaintQueue.Assignee.parse(assignee), parseAll(Category.class, categories, "category"),
                parseAll(Channel.class, channels, "channel"), WireName.parse(ComplaintQueue.Due.class, due, "due"),
                null, null, reference);
        ComplaintQueue.Sort order = sort == null || sort.isBlank() ? ComplaintQueue.Sort.DUE
                : ComplaintQueue.Sort.of(sort.strip()).orElseThrow(() -> new InvalidValue("sort",
                "sort must be one of due, -due, received, -received"));
        return listComplaints.list(new ListComplaintsCommand(currentActor.get(), filter, day(receivedFrom, "receivedFrom"),
                day(receivedTo, "receivedTo"), order, cursor, ListPage.limit(limit)))
                .map(i -> ComplaintQueueItem.of(i, clock.instant()));
    }

    /** One line of the complaint queue. */
    public record ComplaintQueueItem(UUID id, String reference, String site, String channel, String category,
                                     String subject, String status, Instant receivedAt, LocalDate responseDue,
                                     Instant dueAt, boolean termPaused, boolean overdue, String assignee,
                                     String escalation, boolean awaitingSecondPerson) {
        static ComplaintQueueItem of(ComplaintQueue.Item i, Instant now) {
            return new ComplaintQueueItem(i.id(), i.reference().value(), i.siteId(), WireName.of(i.channel()),
                    WireName.of(i.category()), i.subject(), WireName.of(i.status()), i.receivedAt(), i.responseDue(),
                    i.dueAt(), i.termPaused(), i.overdue(now), i.assignee(), WireName.of(i.escalation()),
                    i.awaitingSecondPerson());
        }
    }

    private static <E extends Enum<E>> Set<E> parseAll(Class<E> type, List<String> values, String field) {
        if (values == null) {
            return Set.of();
        }
        return values.stream().flatMap(v -> java.util.Arrays.stream(v.split(","))).filter(v -> !v.isBlank())
                .map(v -> WireName.parse(type, v, field)).collect(Collectors.toSet());
    }

    private static LocalDate day(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidValue(field, field + " must be a date, YYYY-MM-DD");
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "Read a complaint of one of your sites")
    public ComplaintResponse get(@PathParam("id") UUID id) {
        return ComplaintResponse.of(getComplaint.get(currentActor.get(), id));
    }

    @GET
    @Path("by-reference/{reference}")
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "Find a complaint of one of your sites by the reference the complainant quotes")
    public ComplaintResponse byReference(@PathParam("reference") String reference) {
        return ComplaintResponse.of(getComplaint.getByReference(currentActor.get(), reference));
    }

    @GET
    @Path("{id}/timeline")
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "Every action on a complaint: who, when, what; messages to the complainant and internal notes")
    public List<TimelineItem> timeline(@PathParam("id") UUID id) {
        return getComplaint.get(currentActor.get(), id).timeline().stream().map(ComplaintResource::item).toList();
    }

    @POST
    @Path("{id}/acknowledge")
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Acknowledge receipt (where the site's policy does not do so automatically)")
    public ComplaintResponse acknowledge(@PathParam("id") UUID id) {
        return ComplaintResponse.of(handle.acknowledge(action(id, null)));
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Take an acknowledged complaint into handling")
    public ComplaintResponse start(@PathParam("id") UUID id) {
        return ComplaintResponse.of(handle.startHandling(action(id, null)));
    }

    @POST
    @Path("{id}/assign")
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Make a handler responsible for the complaint")
    public ComplaintResponse assign(@PathParam("id") UUID id, @Valid @NotNull WorkflowRequests.Assignment request) {
        return ComplaintResponse.of(handle.assign(new AssignComplaintCommand(currentActor.get(), id,
                request.assignee())));
    }

    @POST
    @Path("{id}/wait-for-complainant")
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Ask the complainant something; the response term pauses until they reply")
    public ComplaintResponse waitForComplainant(@PathParam("id") UUID id, @Valid @NotNull WorkflowRequests.Text request) {
        return ComplaintResponse.of(handle.waitForComplainant(action(id, request.text())));
    }

    @POST
    @Path("{id}/resume")
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "The complainant answered by other means; the response term runs again")
    public ComplaintResponse resume(@PathParam("id") UUID id) {
        return ComplaintResponse.of(handle.resumeHandling(action(id, null)));
    }

    @POST
    @Path("{id}/resolve")
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Answer the complaint on its substance and resolve it")
    public ComplaintResponse resolve(@PathParam("id") UUID id, @Valid @NotNull WorkflowRequests.Text request) {
        return ComplaintResponse.of(handle.resolve(action(id, request.text())));
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Reject the complaint on its substance, with a substantive reason (never for its tone); "
            + "a complaint judged abusive in manner is only proposed for rejection (202) until a second person approves")
    public Response reject(@PathParam("id") UUID id, @Valid @NotNull WorkflowRequests.Rejection request) {
        Complaint complaint = handle.reject(action(id, request.reason()));
        return Response.status(complaint.pendingRejection().isPresent() ? Response.Status.ACCEPTED : Response.Status.OK)
                .entity(ComplaintResponse.of(complaint)).build();
    }

    @POST
    @Path("{id}/rejection/approval")
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Approve a proposed rejection, as a second person: not its proposer, nor the author of the "
            + "conduct assessment (403 forbidden/proposer, forbidden/conduct-assessor)")
    public ComplaintResponse approveRejection(@PathParam("id") UUID id) {
        return ComplaintResponse.of(handle.approveRejection(action(id, null)));
    }

    @POST
    @Path("{id}/rejection/decline")
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Decline (or, as its proposer, withdraw) a proposed rejection, with a reason")
    public ComplaintResponse declineRejection(@PathParam("id") UUID id,
                                              @Valid @NotNull WorkflowRequests.Decline request) {
        return ComplaintResponse.of(handle.declineRejection(action(id, request.reason())));
    }

    @POST
    @Path("{id}/escalate")
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Escalate to management or to the external complaints committee; stated to the complainant")
    public ComplaintResponse escalate(@PathParam("id") UUID id, @Valid @NotNull WorkflowRequests.Escalation request) {
        return ComplaintResponse.of(handle.escalate(new EscalateComplaintCommand(currentActor.get(), id,
                parse(EscalationLevel.class, request.level(), "level"), request.reason())));
    }

    @POST
    @Path("{id}/messages")
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Write to the complainant, or add an internal note")
    public ComplaintResponse message(@PathParam("id") UUID id, @Valid @NotNull WorkflowRequests.Message request) {
        return ComplaintResponse.of(handle.addMessage(new AddMessageCommand(currentActor.get(), id,
                parse(Visibility.class, request.visibility(), "visibility"), request.text())));
    }

    @POST
    @Path("{id}/conduct")
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Confirm the judgement of demand and manner (seed 000); never closes the complaint")
    public ComplaintResponse assessConduct(@PathParam("id") UUID id, @Valid @NotNull WorkflowRequests.Conduct request) {
        Set<ConductIndicator> indicators = request.indicators() == null ? Set.of() : request.indicators().stream()
                .map(i -> parse(ConductIndicator.class, i, "indicators")).collect(Collectors.toSet());
        return ComplaintResponse.of(handle.assessConduct(new AssessConductCommand(currentActor.get(), id,
                parse(DemandJudgement.class, request.demand(), "demand"), parse(MannerJudgement.class, request.manner(), "manner"),
                indicators, request.reason())));
    }

    @POST
    @Path("{id}/conduct/reassessment/approval")
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Approve a proposed reassessment of a reasonable demand as unreasonable, as a second person "
            + "(403 forbidden/proposer for its proposer); the complainant is told")
    public ComplaintResponse approveReassessment(@PathParam("id") UUID id) {
        return ComplaintResponse.of(handle.approveReassessment(action(id, null)));
    }

    @POST
    @Path("{id}/conduct/reassessment/decline")
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Decline (or, as its proposer, withdraw) a proposed reassessment, with a reason")
    public ComplaintResponse declineReassessment(@PathParam("id") UUID id,
                                                 @Valid @NotNull WorkflowRequests.Decline request) {
        return ComplaintResponse.of(handle.declineReassessment(action(id, request.reason())));
    }

    @GET
    @Path("{id}/screening")
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Indicators that automatic screening of the text suggests; a person decides")
    public ScreeningResponse screening(@PathParam("id") UUID id) {
        return new ScreeningResponse(handle.screeningSuggestions(action(id, null)).stream()
                .map(i -> wire(i.name())).sorted().toList());
    }

    /** Suggestions only: nothing is confirmed until a person assesses the conduct. */
    public record ScreeningResponse(List<String> suggestedIndicators) {
    }

    private ComplaintActionCommand action(UUID id, String text) {
        return new ComplaintActionCommand(currentActor.get(), id, text);
    }

    private static TimelineItem item(TimelineEntry e) {
        return new TimelineItem(e.at(), e.actor(), e.action(), e.code(), e.params(), wire(e.visibility().name()),
                e.text());
    }
}
