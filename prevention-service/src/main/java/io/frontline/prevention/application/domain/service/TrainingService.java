package io.frontline.prevention.application.domain.service;

import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.NotFound;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.RuleViolation;
import io.frontline.platform.domain.Site;
import io.frontline.prevention.application.domain.model.Course;
import io.frontline.prevention.application.domain.model.Employee;
import io.frontline.prevention.application.domain.model.TrainingState;
import io.frontline.prevention.application.domain.model.Workforce;
import io.frontline.prevention.application.port.in.CreateCourseCommand;
import io.frontline.prevention.application.port.in.RecordSessionCommand;
import io.frontline.prevention.application.port.in.RemindOverdueTrainingUseCase;
import io.frontline.prevention.application.port.in.TrainingUseCase;
import io.frontline.prevention.application.port.out.PreventionSettingsPort;
import io.frontline.prevention.application.port.out.PublishPreventionEventsPort;
import io.frontline.prevention.application.port.out.TrainingStore;
import io.frontline.prevention.application.port.out.WorkforcePort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Courses, sessions and attendance; who is current, due or overdue, measured in the chain's calendar on the
 * service's clock; one reminder per person, course and due date.
 */
@ApplicationScoped
public class TrainingService implements TrainingUseCase, RemindOverdueTrainingUseCase {
    @Inject
    TrainingStore store;

    @Inject
    WorkforcePort workforce;

    @Inject
    PreventionSettingsPort settings;

    @Inject
    PublishPreventionEventsPort events;

    @Inject
    Organisation organisation;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public Course create(CreateCourseCommand command) {
        if (!command.actor().hasAnyRole(Roles.HQ_SAFETY, Roles.HR, Roles.ADMIN)) {
            throw new AccessDenied("HQ safety, HR or an administrator defines courses");
        }
        Course course = new Course(UUID.randomUUID(), command.name().strip(), command.audience(),
                command.refreshInterval(), command.requiredFrom() != null ? command.requiredFrom() : today(),
                command.scenarios(), command.actor().userId(), clock.instant());
        store.save(course);
        return course;
    }

    @Override
    public List<Course> courses() {
        return store.courses();
    }

    @Override
    @Transactional
    public UUID recordSession(RecordSessionCommand command) {
        Course course = store.course(command.courseId())
                .orElseThrow(() -> new NotFound("course", command.courseId().toString()));
        Site site = organisation.requestedSite(command.siteId());
        Actor actor = command.actor();
        boolean entitled = actor.hasAnyRole(Roles.HQ_SAFETY, Roles.HR, Roles.ADMIN)
                || actor.hasAnyRole(Roles.SITE_MANAGER, Roles.REGIONAL_MANAGER)
                && actor.canAccessSite(site.id(), site.regionId());
        if (!entitled) {
            throw new AccessDenied("You cannot record training for site " + site.id());
        }
        if (command.heldOn().isAfter(today())) {
            throw new RuleViolation("heldOn", "A session is recorded once it has been held");
        }
        Workforce people = workforce.workforce();
        for (String attendee : command.attendees()) {
            if (people.find(attendee).isEmpty()) {
                throw new RuleViolation("attendees", "Not an employee of the chain: " + attendee);
            }
        }
        UUID id = UUID.randomUUID();
        store.saveSession(id, course.id(), site.id(), command.heldOn(), command.trainer(), command.attendees(),
                actor.userId(), clock.instant());
        return id;
    }

    @Override
    public List<TrainingState> states(Actor actor, String siteId, UUID courseId) {
        List<String> sites = Scope.sites(actor, organisation, siteId);
        boolean chain = siteId == null && Scope.chainWide(actor);
        return states(today()).stream()
                .filter(s -> courseId == null || s.course().id().equals(courseId))
                .filter(s -> s.siteId() == null ? chain : sites.contains(s.siteId()))
                .toList();
    }

    @Override
    public List<TrainingState> mine(Actor actor) {
        Map<UUID, TrainingState> perCourse = new java.util.LinkedHashMap<>();
        states(today()).stream().filter(s -> s.employee().userId().equals(actor.userId()))
                .forEach(s -> perCourse.putIfAbsent(s.course().id(), s));
        return List.copyOf(perCourse.values());
    }

    /** Everyone's state with every course that applies to them, on a day. */
    List<TrainingState> states(LocalDate today) {
        Map<UUID, Map<String, LocalDate>> last = store.lastAttendance();
        List<TrainingState> states = new ArrayList<>();
        for (Course course : store.courses()) {
            Map<String, LocalDate> attended = last.getOrDefault(course.id(), Map.of());
            for (Employee e : workforce.workforce().employees()) {
                if (!e.belongsTo(course.audience())) {
                    continue;
                }
                List<String> sites = e.sites().isEmpty() ? java.util.Collections.singletonList(null)
                        : e.sites().stream().sorted().toList();
                for (String site : sites) {
                    states.add(TrainingState.on(today, settings.trainingDueSoon(), course, e, site,
                            attended.get(e.userId())));
                }
            }
        }
        return states;
    }

    @Override
    @Transactional
    public int remindOverdue() {
        Instant now = clock.instant();
        int sent = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (TrainingState s : states(today())) {
            if (s.status() != TrainingState.Status.OVERDUE || !seen.add(s.course().id() + " " + s.employee().userId())) {
                continue;
            }
            if (store.remindOnce(s.course().id(), s.employee().userId(), s.dueOn(), now)) {
                events.trainingOverdue(s.course(), s, now);
                sent++;
            }
        }
        return sent;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(organisation.timeZone()));
    }
}
