package io.frontline.prevention.adapter.in.rest;

import io.frontline.platform.domain.Roles;
import io.frontline.platform.security.CurrentActor;
import io.frontline.prevention.application.domain.model.Audience;
import io.frontline.prevention.application.domain.model.Course;
import io.frontline.prevention.application.domain.model.TrainingState;
import io.frontline.prevention.application.port.in.CreateCourseCommand;
import io.frontline.prevention.application.port.in.RecordSessionCommand;
import io.frontline.prevention.application.port.in.TrainingUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Training: courses (HQ safety, HR), sessions with attendance (managers of the site), who is due or overdue. */
@Path("/api")
@Tag(name = "Training")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class TrainingResource {
    @Inject
    TrainingUseCase training;

    @Inject
    CurrentActor currentActor;

    public record CourseRequest(String name, String audience, String refreshInterval, LocalDate requiredFrom,
                                List<String> scenarios) {
    }

    public record CourseResponse(String id, String name, String audience, String refreshInterval,
                                 LocalDate requiredFrom, List<String> scenarios) {
        static CourseResponse of(Course c) {
            return new CourseResponse(c.id().toString(), c.name(), Wire.of(c.audience()), c.refreshInterval().toString(),
                    c.requiredFrom(), c.scenarios());
        }
    }

    public record SessionRequest(String site, LocalDate heldOn, String trainer, List<String> attendees) {
    }

    public record TrainingStateResponse(String courseId, String course, String audience, String userId, String name,
                                        String site, LocalDate lastAttended, LocalDate dueOn, String status) {
        static TrainingStateResponse of(TrainingState s) {
            return new TrainingStateResponse(s.course().id().toString(), s.course().name(), Wire.of(s.course().audience()),
                    s.employee().userId(), s.employee().name(), s.siteId(), s.lastAttended(), s.dueOn(),
                    Wire.of(s.status()));
        }
    }

    @POST
    @Path("courses")
    @RolesAllowed({Roles.HQ_SAFETY, Roles.HR, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Define a course: audience customer-facing or supervisors, refreshInterval (P1Y), requiredFrom")
    public Response create(@NotNull CourseRequest r) {
        Course c = training.create(new CreateCourseCommand(currentActor.get(), r.name(),
                Wire.parse(Audience.class, r.audience(), "audience"), Wire.period(r.refreshInterval(), "refreshInterval"),
                r.requiredFrom(), r.scenarios()));
        return Response.status(201).entity(CourseResponse.of(c)).build();
    }

    @GET
    @Path("courses")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR, Roles.ADMIN})
    @Operation(summary = "The courses")
    public List<CourseResponse> courses() {
        return training.courses().stream().map(CourseResponse::of).toList();
    }

    @POST
    @Path("courses/{id}/sessions")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a session held at a site and who attended it (their attestation)")
    public Response session(@PathParam("id") UUID courseId, @NotNull SessionRequest r) {
        UUID id = training.recordSession(new RecordSessionCommand(currentActor.get(), courseId, r.site(), r.heldOn(),
                r.trainer(), r.attendees()));
        return Response.status(201).entity(Map.of("id", id.toString())).build();
    }

    @GET
    @Path("training")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR, Roles.ADMIN})
    @Operation(summary = "Per person and course: last attended, due date and status (current, due, overdue), for one "
            + "site (site=) or every site you may see")
    public List<TrainingStateResponse> states(@QueryParam("site") String site, @QueryParam("course") UUID course) {
        return training.states(currentActor.get(), site == null || site.isBlank() ? null : site, course).stream()
                .map(TrainingStateResponse::of).toList();
    }

    @GET
    @Path("training/mine")
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.HR,
            Roles.COUNSELLOR, Roles.COMMITTEE, Roles.COMPLAINT_HANDLER, Roles.ADMIN})
    @Operation(summary = "Your own training: per course of your audience, last attended, due date and status")
    public List<TrainingStateResponse> mine() {
        return training.mine(currentActor.get()).stream().map(TrainingStateResponse::of).toList();
    }
}
