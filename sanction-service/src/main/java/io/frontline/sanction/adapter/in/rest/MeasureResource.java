package io.frontline.sanction.adapter.in.rest;

import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.domain.WireName;
import io.frontline.platform.query.ListPage;
import io.frontline.platform.security.CurrentActor;
import io.frontline.platform.security.SubjectKeys;
import io.frontline.sanction.adapter.in.rest.MeasureRequests.ContactTerms;
import io.frontline.sanction.adapter.in.rest.MeasureRequests.EntryTerms;
import io.frontline.sanction.adapter.in.rest.MeasureRequests.LiftRequest;
import io.frontline.sanction.adapter.in.rest.MeasureRequests.ObjectionDecisionRequest;
import io.frontline.sanction.adapter.in.rest.MeasureRequests.ObjectionRequest;
import io.frontline.sanction.adapter.in.rest.MeasureRequests.ProposeMeasureRequest;
import io.frontline.sanction.adapter.in.rest.MeasureRequests.ReasonRequest;
import io.frontline.sanction.application.domain.model.BanTerms;
import io.frontline.sanction.application.domain.model.Channel;
import io.frontline.sanction.application.domain.model.ContactBanTerms;
import io.frontline.sanction.application.domain.model.ContactScope;
import io.frontline.sanction.application.domain.model.EntryBanTerms;
import io.frontline.sanction.application.domain.model.EntryCoverage;
import io.frontline.sanction.application.domain.model.Measure;
import io.frontline.sanction.application.domain.model.MeasureQueue;
import io.frontline.sanction.application.domain.model.MeasureStatus;
import io.frontline.sanction.application.domain.model.MeasureType;
import io.frontline.sanction.application.domain.model.ObjectionOutcome;
import io.frontline.sanction.application.domain.model.ObjectionReason;
import io.frontline.sanction.application.port.in.DecideMeasureUseCase;
import io.frontline.sanction.application.port.in.GetMeasureQuery;
import io.frontline.sanction.application.port.in.ListMeasureQueueCommand;
import io.frontline.sanction.application.port.in.ListMeasureQueueQuery;
import io.frontline.sanction.application.port.in.ObjectionUseCase;
import io.frontline.sanction.application.port.in.ProposeCustomerMeasureCommand;
import io.frontline.sanction.application.port.in.ProposeMeasureUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Path("/api/measures")
@Tag(name = "Measures")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class MeasureResource {
    @Inject
    ProposeMeasureUseCase propose;

    @Inject
    DecideMeasureUseCase decide;

    @Inject
    ObjectionUseCase objections;

    @Inject
    GetMeasureQuery measures;

    @Inject
    ListMeasureQueueQuery queues;

    @Inject
    CurrentActor currentActor;

    @Inject
    SubjectKeys subjectKeys;

    @POST
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a measure against a customer of one of your sites; a second person approves it")
    public Response propose(@Valid @NotNull ProposeMeasureRequest request, UriInfo uri) {
        MeasureType type = WireName.parse(MeasureType.class, request.type(), "type");
        if (type.isStaffMeasure()) {
            throw new BadRequestException("type: staff measures are proposed from the internal procedure's decision");
        }
        SubjectKey customer = Wire.customer(request.subjectKey(), request.identifierKind(), request.identifier(),
                subjectKeys);
        Measure measure = propose.propose(new ProposeCustomerMeasureCommand(currentActor.get(), type, customer,
                request.site(), terms(type, request), Wire.period(request.duration(), "duration"), request.startsAt(),
                request.reason(), request.incidentId(), Boolean.TRUE.equals(request.policeReportRecommended())));
        return created(uri, measure);
    }

    @GET
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR, Roles.ADMIN})
    @Operation(summary = "Measures you may see, newest first, optionally of one subject or in one status")
    public List<MeasureResponse> list(@QueryParam("subjectKey") String subjectKey, @QueryParam("status") String status,
                                      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        SubjectKey subject = subjectKey == null || subjectKey.isBlank() ? null : Wire.subjectKey(subjectKey, "subjectKey");
        Actor actor = currentActor.get();
        return measures.list(actor, subject, WireName.parse(MeasureStatus.class, status, "status"), limit)
                .stream().map(m -> forCaller(actor, m)).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR, Roles.ADMIN})
    @Operation(summary = "One measure, with the rule and history behind its proposal, whether you may approve "
            + "it (approval.allowed, approval.reason) and whether you may decide its pending objection "
            + "(objectionDecision.allowed, objectionDecision.reason)")
    public MeasureResponse get(@PathParam("id") UUID id) {
        Actor actor = currentActor.get();
        return forCaller(actor, measures.get(actor, id));
    }

    @GET
    @Path("{id}/pending-beside")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR, Roles.ADMIN})
    @Operation(summary = "The other proposals for the same person awaiting a decision, to decide beside this one")
    public List<MeasureResponse> pendingBeside(@PathParam("id") UUID id) {
        return measures.pendingBeside(currentActor.get(), id).stream().map(MeasureResponse::of).toList();
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.HQ_SAFETY, Roles.HR})
    @Operation(summary = "Approve a proposal: never your own, nor one resting on a decision you took (403 "
            + "forbidden/<reason>); site managers for their own sites, or HQ safety")
    public MeasureResponse approve(@PathParam("id") UUID id) {
        return MeasureResponse.of(decide.approve(currentActor.get(), id));
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SITE_MANAGER, Roles.HQ_SAFETY, Roles.HR})
    @Operation(summary = "Reject a proposal, with a reason")
    public MeasureResponse reject(@PathParam("id") UUID id, @Valid @NotNull ReasonRequest request) {
        return MeasureResponse.of(decide.reject(currentActor.get(), id, request.reason()));
    }

    @POST
    @Path("{id}/lift")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SITE_MANAGER, Roles.HQ_SAFETY, Roles.HR})
    @Operation(summary = "Lift an approved or active measure early, with a reason; wronglyImposed=true when it "
            + "should never have been imposed (it then no longer counts as an earlier ban on the ladder)")
    public MeasureResponse lift(@PathParam("id") UUID id, @Valid @NotNull LiftRequest request) {
        return MeasureResponse.of(decide.lift(currentActor.get(), id, request.reason(),
                Boolean.TRUE.equals(request.wronglyImposed())));
    }

    @POST
    @Path("{id}/objection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR})
    @Operation(summary = "Record an objection, within 14 days of notice")
    public MeasureResponse object(@PathParam("id") UUID id, @Valid @NotNull ObjectionRequest request) {
        return MeasureResponse.of(objections.file(currentActor.get(), id, request.grounds()));
    }

    @POST
    @Path("{id}/objection/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SITE_MANAGER, Roles.HQ_SAFETY, Roles.HR})
    @Operation(summary = "Decide an objection: upheld, overturned or shortened (with the new end); never by the "
            + "measure's approver or proposer (403 forbidden/approver, forbidden/proposer)")
    public MeasureResponse decideObjection(@PathParam("id") UUID id, @Valid @NotNull ObjectionDecisionRequest request) {
        return MeasureResponse.of(objections.decide(currentActor.get(), id,
                WireName.parse(ObjectionOutcome.class, request.outcome(), "outcome"),
                WireName.parse(ObjectionReason.class, request.reasonCode(), "reasonCode"), request.reason(),
                request.until()));
    }

    @GET
    @Path("awaiting-approval")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR, Roles.ADMIN})
    @Operation(summary = "Work queue: proposals awaiting a second person's approval, oldest first (sort proposed or "
            + "-proposed); never your own, nor those resting on a decision you took, unless includeExcluded=true "
            + "(then read-only, approval.reason says why); each with approval {allowed, reason}")
    public ListPage<MeasureResponse> awaitingApproval(@QueryParam("site") String site, @QueryParam("sort") String sort,
                                                     @QueryParam("includeExcluded") boolean includeExcluded,
                                                     @QueryParam("limit") Integer limit,
                                                     @QueryParam("cursor") String cursor) {
        return queue(MeasureQueue.AWAITING_APPROVAL, site, sort, null, includeExcluded, limit, cursor);
    }

    @GET
    @Path("active")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR, Roles.ADMIN})
    @Operation(summary = "Work queue: measures in force, newest approval first (sort -approved or approved)")
    public ListPage<MeasureResponse> active(@QueryParam("site") String site, @QueryParam("sort") String sort,
                                           @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return queue(MeasureQueue.ACTIVE, site, sort, null, false, limit, cursor);
    }

    @GET
    @Path("expiring")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR, Roles.ADMIN})
    @Operation(summary = "Work queue: measures in force that end within withinDays (default 14), ending soonest first")
    public ListPage<MeasureResponse> expiring(@QueryParam("site") String site, @QueryParam("sort") String sort,
                                             @QueryParam("withinDays") Integer withinDays,
                                             @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return queue(MeasureQueue.EXPIRING, site, sort, withinDays, false, limit, cursor);
    }

    @GET
    @Path("objections-pending")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR, Roles.ADMIN})
    @Operation(summary = "Work queue: objections awaiting their decision, the decision due soonest first; each with "
            + "objectionDecision {allowed, reason} (never the measure's approver or proposer)")
    public ListPage<MeasureResponse> objectionsPending(@QueryParam("site") String site, @QueryParam("sort") String sort,
                                                      @QueryParam("limit") Integer limit,
                                                      @QueryParam("cursor") String cursor) {
        return queue(MeasureQueue.OBJECTION_PENDING, site, sort, null, false, limit, cursor);
    }

    private ListPage<MeasureResponse> queue(MeasureQueue queue, String site, String sort, Integer withinDays,
                                            boolean includeExcluded, Integer limit, String cursor) {
        Actor actor = currentActor.get();
        return queues.queue(new ListMeasureQueueCommand(actor, queue, sort, site, withinDays, includeExcluded,
                ListPage.limit(limit), cursor)).map(m -> forCaller(actor, m));
    }

    /** The measure with what the caller may do with it: approve it, decide its objection (reasons when not). */
    private MeasureResponse forCaller(Actor actor, Measure measure) {
        return MeasureResponse.of(measure, measures.approvalFor(actor, measure),
                measures.objectionDecisionFor(actor, measure));
    }

    private static Response created(UriInfo uri, Measure measure) {
        return Response.created(uri.getAbsolutePathBuilder().path(measure.id().toString()).build())
                .entity(MeasureResponse.of(measure)).build();
    }

    private static BanTerms terms(MeasureType type, ProposeMeasureRequest request) {
        if (type == MeasureType.CONTACT_BAN) {
            ContactTerms c = request.contact();
            if (c == null) {
                throw new BadRequestException("contact: a contact ban needs its terms");
            }
            Set<Channel> channels = EnumSet.noneOf(Channel.class);
            if (c.channels() != null) {
                c.channels().forEach(ch -> channels.add(WireName.parse(Channel.class, ch, "contact.channels")));
            }
            return new ContactBanTerms(WireName.parse(ContactScope.class, c.scope(), "contact.scope"),
                    c.departmentSite() == null || c.departmentSite().isBlank() ? request.site() : c.departmentSite(),
                    c.department(), c.employee(), channels,
                    WireName.parse(Channel.class, c.alternativeChannel(), "contact.alternativeChannel"));
        }
        if (type == MeasureType.ENTRY_BAN) {
            EntryTerms e = request.entry();
            if (e == null) {
                throw new BadRequestException("entry: an entry ban needs its terms");
            }
            return new EntryBanTerms(WireName.parse(EntryCoverage.class, e.coverage(), "entry.coverage"),
                    e.sites() == null ? Set.of() : Set.copyOf(e.sites()), e.region());
        }
        return null;
    }
}
