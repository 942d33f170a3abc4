package io.frontline.incident.adapter.in.rest;

import io.frontline.incident.application.domain.model.Incident;
import io.frontline.incident.application.port.in.SubjectHistoryQuery;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A perpetrator's incidents across all sites: repeat perpetrators are seen by the whole chain. */
@Path("/api/subjects")
@Tag(name = "Repeat perpetrators")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class SubjectHistoryResource {
    @Inject
    SubjectHistoryQuery history;

    @Inject
    CurrentActor currentActor;

    public record HistoryEntry(UUID id, String reference, String site, List<String> types, String severity,
                               String status, String outcome, Instant occurredAt, Instant reportedAt) {
        static HistoryEntry of(Incident i) {
            return new HistoryEntry(i.id(), i.reference().value(), i.siteId(),
                    i.types().stream().map(t -> IncidentResponse.wire(t.name())).toList(),
                    IncidentResponse.wire(i.severity().name()), IncidentResponse.wire(i.status().name()),
                    i.progress().outcome() == null ? null : IncidentResponse.wire(i.progress().outcome().name()),
                    i.occurredAt(), i.reportedAt());
        }
    }

    public record SubjectHistory(String subjectKey, int incidents, long confirmed, List<HistoryEntry> history) {
    }

    @GET
    @Path("{subjectKey}/history")
    @RolesAllowed({Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY})
    @Operation(summary = "The subject's incidents across all sites, with outcomes")
    public SubjectHistory history(@PathParam("subjectKey") String subjectKey) {
        SubjectKey key;
        try {
            key = new SubjectKey(subjectKey);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no such subject");
        }
        List<HistoryEntry> entries = history.history(currentActor.get(), key).stream().map(HistoryEntry::of).toList();
        return new SubjectHistory(key.value(), entries.size(),
                entries.stream().filter(e -> "confirmed".equals(e.outcome())).count(), entries);
    }
}
