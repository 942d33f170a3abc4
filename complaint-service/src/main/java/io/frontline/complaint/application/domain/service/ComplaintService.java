package io.frontline.complaint.application.domain.service;

import io.frontline.complaint.application.domain.model.Complaint;
import io.frontline.complaint.application.domain.model.ComplaintReceived;
import io.frontline.complaint.application.domain.model.ComplaintReference;
import io.frontline.complaint.application.domain.model.ResponseDeadline;
import io.frontline.complaint.application.port.in.FileComplaintCommand;
import io.frontline.complaint.application.port.in.FileComplaintUseCase;
import io.frontline.complaint.application.port.in.GetComplaintQuery;
import io.frontline.complaint.application.port.out.LoadComplaintPort;
import io.frontline.complaint.application.port.out.NextReferenceNumberPort;
import io.frontline.complaint.application.port.out.PublishComplaintEventsPort;
import io.frontline.complaint.application.port.out.SaveComplaintPort;
import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.NotFound;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.RuleViolation;
import io.frontline.platform.domain.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Filing and reading complaints. */
@ApplicationScoped
public class ComplaintService implements FileComplaintUseCase, GetComplaintQuery {
    private final SaveComplaintPort save;
    private final LoadComplaintPort load;
    private final NextReferenceNumberPort references;
    private final PublishComplaintEventsPort events;
    private final Organisation organisation;
    private final Clock clock;
    private final ResponseDeadline deadline;

    @Inject
    public ComplaintService(SaveComplaintPort save, LoadComplaintPort load, NextReferenceNumberPort references,
                            PublishComplaintEventsPort events, Organisation organisation, Clock clock,
                            @ConfigProperty(name = "frontline.complaint.response-days") int responseDays) {
        this.save = save;
        this.load = load;
        this.references = references;
        this.events = events;
        this.organisation = organisation;
        this.clock = clock;
        this.deadline = new ResponseDeadline(responseDays);
    }

    @Override
    @Transactional
    public Complaint file(FileComplaintCommand command) {
        Site site = organisation.findSite(command.siteId())
                .orElseThrow(() -> new RuleViolation("site", "Unknown site " + command.siteId()));
        Actor actor = command.actor();
        // Staff and systems file for their own sites; HQ roles anywhere.
        if (!actor.canAccessSite(site.id(), site.regionId())) {
            throw new AccessDenied("You cannot file complaints for site " + site.id());
        }
        Instant now = clock.instant();
        Instant receivedAt = command.receivedAt() == null ? now : command.receivedAt();
        if (receivedAt.isAfter(now)) {
            throw new RuleViolation("receivedAt", "A complaint cannot be received in the future");
        }
        ComplaintReference reference = ComplaintReference.of(receivedAt.atZone(site.timeZone()).getYear(),
                references.nextReferenceNumber());
        ComplaintReceived received = Complaint.file(UUID.randomUUID(), reference, site.id(), command.channel(),
                command.category(), command.subject().strip(), command.description().strip(), command.language(),
                receivedAt, deadline.dueFor(receivedAt, site.timeZone()), actor.userId(), now);
        save.save(received.complaint());
        events.publish(received);
        return received.complaint();
    }

    @Override
    @Transactional
    public Complaint get(Actor actor, UUID complaintId) {
        Complaint complaint = load.load(complaintId).orElseThrow(() -> new NotFound("complaint", complaintId.toString()));
        boolean mayRead = actor.hasAnyRole(Roles.COMPLAINT_HANDLER, Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER,
                Roles.HQ_SAFETY, Roles.ADMIN);
        if (!mayRead || !actor.canAccessSite(complaint.siteId(), organisation)) {
            // Out of scope answers exactly like unknown: no hint that the complaint exists.
            throw new NotFound("complaint", complaintId.toString());
        }
        return complaint;
    }
}
