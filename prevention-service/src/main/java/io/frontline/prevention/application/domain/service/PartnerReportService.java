package io.frontline.prevention.application.domain.service;

import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.NotFound;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.prevention.application.domain.model.PartnerReport;
import io.frontline.platform.domain.TrackingSecret;
import io.frontline.prevention.application.port.in.FilePartnerReportCommand;
import io.frontline.prevention.application.port.in.PartnerReportUseCase;
import io.frontline.prevention.application.port.out.PartnerReportStore;
import io.frontline.prevention.application.port.out.PublishPreventionEventsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Business partners' reports; only HR reads and handles them (need-to-know). */
@ApplicationScoped
public class PartnerReportService implements PartnerReportUseCase {
    @Inject
    PartnerReportStore store;

    @Inject
    PublishPreventionEventsPort events;

    @Inject
    Organisation organisation;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public Filed file(FilePartnerReportCommand c) {
        String siteId = c.siteId() == null || c.siteId().isBlank() ? null : organisation.requestedSite(c.siteId()).id();
        Instant now = clock.instant();
        String secret = TrackingSecret.generate();
        PartnerReport report = new PartnerReport(UUID.randomUUID(),
                store.nextReference(now.atZone(organisation.timeZone()).getYear()), TrackingSecret.hash(secret),
                c.organisation(), c.reporterName(), c.reporterContact(), siteId, c.employeeDescription(),
                c.description(), c.occurredOn(), PartnerReport.Status.RECEIVED, now, null, null, null, null, null);
        store.save(report);
        events.partnerReportReceived(report);
        return new Filed(report, secret);
    }

    @Override
    public PartnerReport track(String reference, String secret) {
        return store.byReference(reference == null ? "" : reference.strip())
                .filter(r -> TrackingSecret.matches(r.secretHash(), secret))
                .orElseThrow(() -> new NotFound("report", "with this reference and secret"));
    }

    @Override
    public List<PartnerReport> reports(Actor actor) {
        requireHr(actor);
        return store.all();
    }

    @Override
    public PartnerReport report(Actor actor, UUID id) {
        requireHr(actor);
        return store.find(id).orElseThrow(() -> new NotFound("report", id.toString()));
    }

    @Override
    @Transactional
    public PartnerReport openProcedure(Actor actor, UUID id, String note) {
        PartnerReport report = report(actor, id).procedureOpened(actor.userId(), note == null ? null : note.strip());
        store.save(report);
        return report;
    }

    @Override
    @Transactional
    public PartnerReport conclude(Actor actor, UUID id, PartnerReport.Outcome outcome, String message) {
        PartnerReport report = report(actor, id).concluded(actor.userId(), outcome, message, clock.instant());
        store.save(report);
        events.partnerReportConcluded(report);
        return report;
    }

    private static void requireHr(Actor actor) {
        if (!actor.hasRole(Roles.HR)) {
            throw new AccessDenied("Business partners' reports about our staff are for HR");
        }
    }
}
