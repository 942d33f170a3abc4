package io.frontline.incident.application.domain.service;

import io.frontline.platform.audit.ConfidentialReads;
import io.frontline.platform.domain.WireName;
import io.frontline.incident.application.domain.model.CarePlan;
import io.frontline.incident.application.domain.model.CareTask;
import io.frontline.incident.application.domain.model.CrossSitePattern;
import io.frontline.incident.application.domain.model.Incident;
import io.frontline.incident.application.domain.model.NextSteps;
import io.frontline.incident.application.domain.model.IncidentDetails;
import io.frontline.incident.application.domain.model.IncidentEvents;
import io.frontline.incident.application.domain.model.IncidentReference;
import io.frontline.incident.application.domain.model.IncidentReported;
import io.frontline.incident.application.domain.model.IncidentSource;
import io.frontline.incident.application.domain.model.IncidentType;
import io.frontline.incident.application.domain.model.Perpetrator;
import io.frontline.incident.application.domain.model.Severity;
import io.frontline.incident.application.domain.model.SubjectSighting;
import io.frontline.incident.application.port.in.AddIncidentDetailsCommand;
import io.frontline.incident.application.port.in.AddIncidentDetailsUseCase;
import io.frontline.incident.application.port.in.ChangeIncidentStatusCommand;
import io.frontline.incident.application.port.in.ChangeIncidentStatusUseCase;
import io.frontline.incident.application.port.in.GetIncidentQuery;
import io.frontline.incident.application.port.in.RecordPoliceReportCommand;
import io.frontline.incident.application.port.in.RecordPoliceReportUseCase;
import io.frontline.incident.application.port.in.ReportFlaggedComplaintCommand;
import io.frontline.incident.application.port.in.ReportFlaggedComplaintUseCase;
import io.frontline.incident.application.port.in.ReportIncidentCommand;
import io.frontline.incident.application.port.in.ReportIncidentUseCase;
import io.frontline.incident.application.port.in.ReportedIncident;
import io.frontline.incident.application.port.in.OwnReportsQuery;
import io.frontline.incident.application.port.in.OwnReportsQuery.OwnReport;
import io.frontline.incident.application.port.in.OwnReportsQuery.OwnReports;
import io.frontline.incident.application.port.in.SubjectHistoryQuery;
import io.frontline.incident.application.port.out.CareTasksPort;
import io.frontline.incident.application.port.out.FactFindingPort;
import io.frontline.incident.application.port.out.IncidentMetricsPort;
import io.frontline.incident.application.port.out.LoadIncidentPort;
import io.frontline.incident.application.port.out.NextReferenceNumberPort;
import io.frontline.incident.application.port.out.PatternLogPort;
import io.frontline.incident.application.port.out.PublishIncidentEventsPort;
import io.frontline.incident.application.port.out.SaveIncidentPort;
import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.ConfidentialRead;
import io.frontline.platform.domain.NotFound;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.RuleViolation;
import io.frontline.platform.domain.Site;
import io.frontline.platform.domain.SubjectKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reporting incidents (by staff, from a flagged complaint, from a confirmed call-center suggestion), their
 * workflow, and the perpetrator's history across sites.
 */
@ApplicationScoped
public class IncidentService implements ReportIncidentUseCase, GetIncidentQuery, OwnReportsQuery,
        ChangeIncidentStatusUseCase,
        RecordPoliceReportUseCase, ReportFlaggedComplaintUseCase, SubjectHistoryQuery, AddIncidentDetailsUseCase {
    /** Seed 001 and the ladder of sanction-service count confirmed incidents of the last twelve months. */

    private final SaveIncidentPort save;
    private final LoadIncidentPort load;
    private final NextReferenceNumberPort references;
    private final PublishIncidentEventsPort events;
    private final CareTasksPort careTasks;
    private final FactFindingPort facts;
    private final PatternLogPort patterns;
    private final CrossSitePattern crossSitePattern;
    private final Organisation organisation;
    private final IncidentMetricsPort metrics;
    private final ConfidentialReads reads;
    private final Clock clock;

    @Inject
    public IncidentService(SaveIncidentPort save, LoadIncidentPort load, NextReferenceNumberPort references,
                           PublishIncidentEventsPort events, CareTasksPort careTasks, FactFindingPort facts,
                           PatternLogPort patterns, CrossSitePattern crossSitePattern, Organisation organisation,
                           IncidentMetricsPort metrics, Clock clock, ConfidentialReads reads) {
        this.reads = reads;
        this.save = save;
        this.load = load;
        this.references = references;
        this.events = events;
        this.careTasks = careTasks;
        this.facts = facts;
        this.patterns = patterns;
        this.crossSitePattern = crossSitePattern;
        this.organisation = organisation;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ReportedIncident report(ReportIncidentCommand command) {
        Site site = organisation.requestedSite(command.siteId());
        Actor actor = command.actor();
        // Staff report for the sites they work at, managers for the sites they manage, HQ anywhere.
        actor.requireAccessTo(site, "report incidents");
        Perpetrator perpetrator = Perpetrator.ofNullable(command.perpetratorSubjectKey(),
                command.perpetratorDescription() == null ? null : command.perpetratorDescription().strip())
                .orElse(null);
        IncidentSource source = actor.hasAnyRole(Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY)
                && !actor.hasRole(Roles.STAFF) ? IncidentSource.MANAGER : IncidentSource.STAFF_REPORT;
        if (actor.hasRole(Roles.INCIDENT_REPORT)) {
            source = IncidentSource.STAFF_REPORT;
        }
        Filed filed = file(site, command.types(), command.description().strip(), command.occurredAt(),
                command.immediateDanger(), perpetrator, source, actor.userId(), command.victims(),
                command.witnesses(), null, command.specialistNeeded());
        // The care plan just written, not read back: the first step is known already.
        return new ReportedIncident(filed.incident(), NextSteps.after(filed.incident(), filed.carePlan()));
    }

    /** Reports a confirmed suggestion of live detection: it becomes a normal incident. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Incident reportFromCallCenter(String siteId, Set<IncidentType> types, String description,
                                         SubjectKey caller, String confirmedBy, Instant callStartedAt) {
        Site site = organisation.requestedSite(siteId);
        // The stored start of the call can lie a fraction of a microsecond after the clock's now (rounding).
        Instant now = clock.instant();
        return file(site, types, description, callStartedAt.isAfter(now) ? now : callStartedAt, false,
                caller == null ? null : new Perpetrator(caller, null), IncidentSource.CALL_CENTER_DETECTION,
                confirmedBy, List.of(), List.of(), null, false).incident();
    }

    @Override
    @Transactional
    public Optional<UUID> reportFlaggedComplaint(ReportFlaggedComplaintCommand command) {
        if (load.existsForComplaint(command.complaintReference())) {
            return Optional.empty();
        }
        Site site = organisation.findSite(command.siteId()).orElseThrow(() -> new IllegalArgumentException(
                "complaint " + command.complaintReference() + " names unknown site " + command.siteId()));
        Set<IncidentType> types = typesOf(command.indicators());
        String description = "Complaint " + command.complaintReference() + " was confirmed abusive in its manner"
                + (command.reason() == null || command.reason().isBlank() ? "." : ": " + command.reason().strip());
        Instant occurredAt = command.confirmedAt().isAfter(clock.instant()) ? clock.instant() : command.confirmedAt();
        Incident incident = file(site, types, description, occurredAt, false,
                command.complainant() == null ? null : new Perpetrator(command.complainant(), null),
                IncidentSource.COMPLAINT_FLAG, "system:complaint-service", List.of(), List.of(),
                command.complaintReference(), false).incident();
        return Optional.of(incident.id());
    }

    /** A complaint's harassment indicators in terms of incident types; verbal abuse when none maps. */
    static Set<IncidentType> typesOf(List<String> indicators) {
        Set<IncidentType> types = EnumSet.noneOf(IncidentType.class);
        for (String indicator : indicators) {
            String name = WireName.toConstant(indicator);
            for (IncidentType type : IncidentType.values()) {
                if (name.contains(type.name())) {
                    types.add(type);
                }
            }
            if (name.contains("THREAT")) {
                types.add(IncidentType.THREAT);
            }
            if (name.contains("DEMAND")) {
                types.add(IncidentType.UNREASONABLE_DEMAND);
            }
        }
        if (types.isEmpty()) {
            types.add(IncidentType.VERBAL_ABUSE);
        }
        return types;
    }

    /** An incident just filed with its care plan. */
    private record Filed(Incident incident, List<CareTask> carePlan) {
    }

    private Filed file(Site site, Set<IncidentType> types, String description, Instant occurredAt,
                          boolean immediateDanger, Perpetrator perpetrator, IncidentSource source, String reportedBy,
                          List<String> victims, List<String> witnesses, String complaintReference,
                          boolean specialistNeeded) {
        Instant now = clock.instant();
        IncidentReference reference = IncidentReference.of(now.atZone(site.timeZone()).getYear(),
                references.nextReferenceNumber());
        Optional<SubjectKey> key = perpetrator == null ? Optional.empty() : perpetrator.key();
        Instant repeatsFrom = organisation.repeatWindow().startFor(now, site.timeZone());
        long confirmedRecently = key.map(k -> load.countConfirmedSince(k, repeatsFrom)).orElse(0L);
        IncidentReported reported = Incident.report(UUID.randomUUID(), reference, site.id(), types, description,
                occurredAt == null ? now : occurredAt, immediateDanger, perpetrator, source, reportedBy, victims,
                witnesses, complaintReference, confirmedRecently, now);
        Incident incident = reported.incident();
        save.saveNew(incident);
        events.publish(reported);
        incident.escalation(now).ifPresent(events::publish);
        List<CareTask> carePlan = CarePlan.forReport(incident, specialistNeeded, site.timeZone());
        careTasks.saveAll(carePlan);
        key.ifPresent(k -> detectPattern(k, now));
        metrics.reported(incident.severity(), incident.source());
        return new Filed(incident, carePlan);
    }

    private void detectPattern(SubjectKey subject, Instant now) {
        Optional<Instant> last = patterns.lastDetectedAt(subject);
        List<SubjectSighting> sightings = load.sightingsSince(subject, now.minus(crossSitePattern.thresholds().window()));
        crossSitePattern.detect(subject, sightings, last.orElse(null), now).ifPresent(pattern -> {
            patterns.record(pattern);
            events.publish(pattern);
        });
    }

    @Override
    @Transactional
    public OwnReports reportsOf(Actor actor) {
        List<Incident> found = load.reportedBy(actor.userId(), OwnReportsQuery.MAX_REPORTS + 1);
        List<OwnReport> reports = found.stream().limit(OwnReportsQuery.MAX_REPORTS)
                .map(i -> new OwnReport(i, careTasks.tasksOf(i.id()))).toList();
        return new OwnReports(reports, found.size() > OwnReportsQuery.MAX_REPORTS);
    }

    @Override
    @Transactional
    public Incident get(Actor actor, UUID incidentId) {
        return readable(actor, load.load(incidentId), incidentId);
    }

    /** Managers of the site, its region, HQ safety and admins read an incident; for anyone else it does not exist. */
    public Incident readable(Actor actor, Optional<Incident> found, UUID incidentId) {
        Incident incident = found.orElseThrow(() -> new NotFound("incident", incidentId.toString()));
        boolean mayRead = actor.hasAnyRole(Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY, Roles.ADMIN);
        if (!mayRead || !actor.canAccessSite(incident.siteId(), organisation)) {
            // Out of scope answers exactly like unknown: no hint that the incident exists.
            throw new NotFound("incident", incidentId.toString());
        }
        return incident;
    }

    private Incident manageable(Actor actor, UUID incidentId) {
        Incident incident = readable(actor, load.loadForUpdate(incidentId), incidentId);
        if (!actor.hasAnyRole(Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY)) {
            throw new AccessDenied("Only managers and HQ safety handle incidents");
        }
        return incident;
    }

    @Override
    @Transactional
    public Incident change(ChangeIncidentStatusCommand command) {
        Incident incident = manageable(command.actor(), command.incidentId());
        Instant now = clock.instant();
        switch (command.transition()) {
            case TRIAGE:
                events.publish(incident.triage(now), command.actor().userId());
                break;
            case START_INVESTIGATION:
                incident.startInvestigation();
                break;
            case CONFIRM:
                events.publish(incident.confirm(command.actor().userId(), facts.statementsOf(incident.id()),
                        command.note(), now), command.actor().userId());
                break;
            case DECLARE_UNFOUNDED:
                events.publish(incident.declareUnfounded(command.actor().userId(), command.note(), now));
                break;
            case CLOSE:
                events.publish(incident.close(command.note(), now));
                break;
            case REOPEN:
                incident.reopen(command.note());
                break;
            default:
                throw new IllegalArgumentException("unknown transition " + command.transition());
        }
        save.save(incident);
        return incident;
    }

    /**
     * The reporter adds to their own report wherever they work now; the managers of the site, its region
     * and HQ safety add to any incident they oversee. For anyone else the incident does not exist.
     */
    @Override
    @Transactional
    public Incident addDetails(AddIncidentDetailsCommand command) {
        Actor actor = command.actor();
        UUID incidentId = command.incidentId();
        Incident incident = load.loadForUpdate(incidentId)
                .orElseThrow(() -> new NotFound("incident", incidentId.toString()));
        boolean reporter = actor.userId().equals(incident.reportedBy());
        boolean oversees = actor.hasAnyRole(Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY)
                && actor.canAccessSite(incident.siteId(), organisation);
        if (!reporter && !oversees) {
            throw new NotFound("incident", incidentId.toString());
        }
        Instant now = clock.instant();
        IncidentDetails details = command.details();
        boolean wasIdentified = incident.perpetrator().flatMap(Perpetrator::key).isPresent();
        long confirmedRecently = details.perpetratorIfGiven().flatMap(Perpetrator::key)
                .map(k -> load.countConfirmedSince(k,
                        organisation.repeatWindow().startFor(now, organisation.zoneOf(incident.siteId()))))
                .orElse(0L);
        Severity before = incident.severity();
        Optional<IncidentEvents.Escalated> escalated = incident.addDetails(details, confirmedRecently, now);
        save.save(incident);
        escalated.ifPresent(events::publish);
        if (incident.severity() != before) {
            CarePlan.afterSeverityChanged(incident, careTasks.tasksOf(incident.id()), now).forEach(careTasks::save);
        }
        if (!wasIdentified) {
            incident.perpetrator().flatMap(Perpetrator::key).ifPresent(k -> detectPattern(k, now));
        }
        return incident;
    }

    @Override
    @Transactional
    public Incident recordPoliceReport(RecordPoliceReportCommand command) {
        Incident incident = manageable(command.actor(), command.incidentId());
        if (command.report().filedOn().isAfter(clock.instant().atZone(
                organisation.findSite(incident.siteId()).map(Site::timeZone).orElse(clock.getZone())).toLocalDate())) {
            throw new RuleViolation("filedOn", "A police report cannot be filed in the future");
        }
        incident.recordPoliceReport(command.report());
        save.save(incident);
        return incident;
    }

    @Override
    @Transactional
    public List<Incident> history(Actor actor, SubjectKey subject) {
        if (!actor.hasAnyRole(Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER, Roles.HQ_SAFETY)) {
            reads.refused(actor, ConfidentialRead.SUBJECT_HISTORY, subject.value());
            throw new AccessDenied("Only managers and HQ safety read a perpetrator's history");
        }
        reads.granted(actor, ConfidentialRead.SUBJECT_HISTORY, subject.value());
        return load.historyOf(subject);
    }
}
