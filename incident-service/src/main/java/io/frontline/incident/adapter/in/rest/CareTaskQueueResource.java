package io.frontline.incident.adapter.in.rest;

import io.frontline.incident.application.domain.model.CareTaskDue;
import io.frontline.incident.application.port.in.ListCareTasksCommand;
import io.frontline.incident.application.port.in.ListCareTasksUseCase;
import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.WireName;
import io.frontline.platform.query.Cursor;
import io.frontline.platform.query.ListPage;
import io.frontline.platform.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import static io.frontline.incident.adapter.in.rest.IncidentResponse.wire;

/** Care tasks that need someone: per site for managers, and the person's own. */
@Path("/api/care-tasks")
@Tag(name = "Work queues")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class CareTaskQueueResource {
    @Inject
    ListCareTasksUseCase careTasks;

    @Inject
    CurrentActor currentActor;

    @Inject
    Clock clock;

    /** An open (or, in "mine", any) care task with its incident; {@code overdue} when past its due time and open. */
    public record CareTaskItem(UUID id, UUID incidentId, String reference, String site, String task, Instant dueAt,
                               String status, boolean overdue) {
        static CareTaskItem of(CareTaskDue t, Instant now) {
            return new CareTaskItem(t.taskId(), t.incidentId(), t.reference().value(), t.siteId(),
                    wire(t.kind().name()), t.dueAt(), wire(t.status().name()), t.overdueAt(now));
        }
    }

    /** The person's own care tasks (at most 100). */
    public record MyCareTasks(List<CareTaskItem> items) {
    }

    @GET
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "Open care tasks of the sites you oversee, earliest due first, a page at a time",
            description = "due: overdue, due-soon (default: overdue or due within `within`, default P7D) or open "
                    + "(every open task); site: one of your sites. sort: due (the only one). limit 1..200, cursor.")
    public ListPage<CareTaskItem> due(@QueryParam("site") String site, @QueryParam("due") String due,
                                      @QueryParam("within") String within, @QueryParam("sort") String sort,
                                      @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        if (sort != null && !sort.isBlank() && !ListCareTasksCommand.SORT.equals(sort.strip())) {
            throw new InvalidValue("sort", "sort must be one of " + ListCareTasksCommand.SORT);
        }
        Instant now = clock.instant();
        return careTasks.due(new ListCareTasksCommand(currentActor.get(),
                site == null || site.isBlank() ? null : site.strip(),
                WireName.parse(ListCareTasksCommand.Window.class, due, "due"), duration(within),
                ListPage.limit(limit), Cursor.parse(cursor, ListCareTasksCommand.SORT)))
                .map(t -> CareTaskItem.of(t, now));
    }

    @GET
    @Path("mine")
    @RolesAllowed({Roles.STAFF, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "My care tasks: the care plan tasks of the incidents you reported or are named in as a "
            + "victim (by your user id), by due time; nothing else of those incidents")
    public MyCareTasks mine() {
        Instant now = clock.instant();
        return new MyCareTasks(careTasks.mine(currentActor.get()).stream().map(t -> CareTaskItem.of(t, now))
                .toList());
    }

    private static Duration duration(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValue("within", "within must be an ISO-8601 duration, e.g. P7D");
        }
    }
}
