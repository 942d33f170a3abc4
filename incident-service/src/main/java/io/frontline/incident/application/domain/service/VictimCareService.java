package io.frontline.incident.application.domain.service;

import io.frontline.incident.application.domain.model.CarePlan;
import io.frontline.incident.application.domain.model.CareTask;
import io.frontline.incident.application.domain.model.CareTaskOverdue;
import io.frontline.incident.application.domain.model.Incident;
import io.frontline.platform.domain.Organisation;
import io.frontline.incident.application.port.in.CompleteCareTaskCommand;
import io.frontline.incident.application.port.in.VictimCareUseCase;
import io.frontline.incident.application.port.out.CareTasksPort;
import io.frontline.incident.application.port.out.LoadIncidentPort;
import io.frontline.incident.application.port.out.PublishIncidentEventsPort;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The care plans of incidents and the overdue watch over their tasks. */
@ApplicationScoped
public class VictimCareService implements VictimCareUseCase {
    private final CareTasksPort tasks;
    private final LoadIncidentPort load;
    private final IncidentService incidents;
    private final PublishIncidentEventsPort events;
    private final Clock clock;
    private final Organisation organisation;

    @Inject
    public VictimCareService(CareTasksPort tasks, LoadIncidentPort load, IncidentService incidents,
                             PublishIncidentEventsPort events, Clock clock, Organisation organisation) {
        this.tasks = tasks;
        this.load = load;
        this.incidents = incidents;
        this.events = events;
        this.clock = clock;
        this.organisation = organisation;
    }

    @Override
    @Transactional
    public List<CareTask> carePlan(Actor actor, UUID incidentId) {
        incidents.readable(actor, load.load(incidentId), incidentId);
        return tasks.tasksOf(incidentId);
    }

    @Override
    @Transactional
    public CareTask complete(CompleteCareTaskCommand command) {
        incidents.readable(command.actor(), load.load(command.incidentId()), command.incidentId());
        CareTask task = tasks.load(command.taskId()).filter(t -> t.incidentId().equals(command.incidentId()))
                .orElseThrow(() -> new NotFound("care task", command.taskId().toString()));
        task.complete(command.outcome(), command.note(), command.actor().userId(), clock.instant());
        tasks.save(task);
        return task;
    }

    @Override
    @Transactional
    public CareTask flagSpecialistNeeded(Actor actor, UUID incidentId) {
        Incident incident = incidents.readable(actor, load.load(incidentId), incidentId);
        CareTask referral = CarePlan.specialistReferral(incidentId, clock.instant(),
                organisation.zoneOf(incident.siteId()));
        tasks.save(referral);
        return referral;
    }

    @Override
    @Transactional
    public int reportOverdueTasks() {
        Instant now = clock.instant();
        int reported = 0;
        for (CareTask task : tasks.openPastDueNotReported(now)) {
            Optional<CareTaskOverdue> overdue = task.overdue(now);
            if (overdue.isPresent()) {
                Incident incident = load.load(task.incidentId()).orElseThrow();
                tasks.save(task);
                events.publish(overdue.get(), incident);
                reported++;
            }
        }
        return reported;
    }
}
