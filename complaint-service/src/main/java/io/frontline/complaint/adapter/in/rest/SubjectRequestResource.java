package io.frontline.complaint.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.frontline.complaint.application.domain.model.ServiceAnswer;
import io.frontline.complaint.application.domain.model.SubjectRequestAction;
import io.frontline.complaint.application.domain.model.SubjectRequestRecord;
import io.frontline.complaint.application.port.in.HandleSubjectRequestUseCase;
import io.frontline.complaint.application.port.in.ListSubjectRequestsQuery;
import io.frontline.complaint.application.port.in.SubjectRequestCommand;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.SubjectData;
import io.frontline.platform.domain.WireName;
import io.frontline.platform.query.ListPage;
import io.frontline.platform.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One place to ask (issue 17): a customer's request for access or erasure, by e-mail address, phone number or loyalty
 * card, reaches every service that keeps customer data and comes back as one document. The identifiers travel in the
 * body only (never in a URL or a log line); the record of requests keeps subject keys, never the identifiers.
 */
@Path("/api/subject-requests")
@Tag(name = "Subject access and erasure")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class SubjectRequestResource {
    @Inject
    HandleSubjectRequestUseCase requests;

    @Inject
    ListSubjectRequestsQuery recorded;

    @Inject
    CurrentActor currentActor;

    /** A customer's request: at least one identifier, the action (export or erase) and why it is made. */
    public record SubjectRequestBody(@Size(max = 254) String email, @Size(max = 40) String phone,
                                     @Size(max = 64) String loyaltyCard, @NotNull @Size(max = 16) String action,
                                     @Size(max = 2000) String reason) {
        @Override
        public String toString() {
            return "SubjectRequestBody[action=" + action + ", identifiers redacted]";
        }
    }

    /** The combined answer: complete only when every service asked has answered. */
    public record SubjectRequestResponse(UUID id, String action, String requestedBy, Instant requestedAt,
                                         boolean complete, List<ServiceResponse> services) {
    }

    /** One service's part; status answered, unreachable or not-asked. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ServiceResponse(String service, String status, String note, List<SubjectData.Held> held,
                                  List<SubjectData.Erased> erased, List<SubjectData.Kept> kept) {
        static ServiceResponse of(ServiceAnswer a) {
            return new ServiceResponse(a.service(), WireName.of(a.status()), a.note(), a.held(), a.erased(), a.kept());
        }
    }

    /** A recorded request: who, when, what, why, the subject keys, per service the status and counts. */
    public record RecordedRequestResponse(UUID id, String action, String requestedBy, Instant requestedAt,
                                          String reason, List<String> subjectKeys, boolean complete,
                                          List<RecordedServiceResponse> services) {
        static RecordedRequestResponse of(SubjectRequestRecord r) {
            return new RecordedRequestResponse(r.id(), WireName.of(r.action()), r.requestedBy(), r.requestedAt(),
                    r.reason(), r.subjectKeys(), r.complete(), r.services().stream().map(s ->
                    new RecordedServiceResponse(s.service(), WireName.of(s.status()), s.count(), s.kept())).toList());
        }
    }

    /** count: items held (export) or records erased (erasure); kept: records kept under a legal hold. */
    public record RecordedServiceResponse(String service, String status, int count, int kept) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "Ask every service for a customer's data (export) or its erasure (erase); one answer, "
            + "complete only when every service answered")
    public SubjectRequestResponse ask(@Valid @NotNull SubjectRequestBody body) {
        SubjectRequestAction action = WireName.parse(SubjectRequestAction.class, body.action(), "action");
        var answer = requests.handle(new SubjectRequestCommand(currentActor.get(), body.email(), body.phone(),
                body.loyaltyCard(), action, body.reason()));
        return new SubjectRequestResponse(answer.id(), WireName.of(answer.action()), answer.requestedBy(),
                answer.requestedAt(), answer.complete(), answer.services().stream().map(ServiceResponse::of).toList());
    }

    @GET
    @RolesAllowed({Roles.HQ_SAFETY, Roles.ADMIN})
    @Operation(summary = "The record of customers' requests, newest first (never the data exported)")
    public ListPage<RecordedRequestResponse> list(@QueryParam("limit") Integer limit,
                                                  @QueryParam("cursor") @Size(max = 512) String cursor) {
        return recorded.list(currentActor.get(), cursor, ListPage.limit(limit)).map(RecordedRequestResponse::of);
    }
}
