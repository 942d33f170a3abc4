package io.frontline.prevention.adapter.out.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import io.frontline.prevention.application.domain.model.Audience;
import io.frontline.prevention.application.domain.model.Course;
import io.frontline.prevention.application.port.out.TrainingStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class TrainingPersistenceAdapter implements TrainingStore {
    @Inject
    EntityManager em;

    @Inject
    Json json;

    @Override
    public void save(Course c) {
        CourseJpaEntity e = new CourseJpaEntity();
        e.id = c.id();
        e.name = c.name();
        e.audience = c.audience().name();
        e.refreshInterval = c.refreshInterval().toString();
        e.requiredFrom = c.requiredFrom();
        e.scenarios = json.write(c.scenarios());
        e.createdBy = c.createdBy();
        e.createdAt = c.createdAt();
        em.persist(e);
    }

    @Override
    public Optional<Course> course(UUID id) {
        return Optional.ofNullable(em.find(CourseJpaEntity.class, id)).map(this::toDomain);
    }

    @Override
    public List<Course> courses() {
        return em.createQuery("from CourseJpaEntity order by createdAt", CourseJpaEntity.class).getResultList()
                .stream().map(this::toDomain).toList();
    }

    private Course toDomain(CourseJpaEntity e) {
        return new Course(e.id, e.name, Audience.valueOf(e.audience),
                Period.parse(e.refreshInterval), e.requiredFrom,
                json.read(e.scenarios, new TypeReference<List<String>>() {
                }), e.createdBy, e.createdAt);
    }

    @Override
    public void saveSession(UUID sessionId, UUID courseId, String siteId, LocalDate heldOn, String trainer,
                            List<String> attendees, String recordedBy, Instant recordedAt) {
        em.createNativeQuery("INSERT INTO training_session (id, course_id, site_id, held_on, trainer, recorded_by, "
                        + "recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, sessionId).setParameter(2, courseId).setParameter(3, siteId)
                .setParameter(4, java.sql.Date.valueOf(heldOn)).setParameter(5, trainer).setParameter(6, recordedBy)
                .setParameter(7, Timestamp.from(recordedAt)).executeUpdate();
        for (String attendee : attendees) {
            em.createNativeQuery("INSERT INTO training_attendance (session_id, user_id) VALUES (?1, ?2)")
                    .setParameter(1, sessionId).setParameter(2, attendee).executeUpdate();
        }
    }

    @Override
    public Map<UUID, Map<String, LocalDate>> lastAttendance() {
        List<?> rows = em.createNativeQuery("SELECT s.course_id, a.user_id, max(s.held_on) FROM training_attendance a "
                + "JOIN training_session s ON s.id = a.session_id GROUP BY s.course_id, a.user_id").getResultList();
        Map<UUID, Map<String, LocalDate>> last = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            last.computeIfAbsent((UUID) r[0], k -> new HashMap<>()).put((String) r[1], Rows.date(r[2]));
        }
        return last;
    }

    @Override
    public boolean remindOnce(UUID courseId, String userId, LocalDate dueOn, Instant at) {
        return em.createNativeQuery("INSERT INTO training_reminder (course_id, user_id, due_on, reminded_at) "
                        + "VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                .setParameter(1, courseId).setParameter(2, userId).setParameter(3, java.sql.Date.valueOf(dueOn))
                .setParameter(4, Timestamp.from(at)).executeUpdate() == 1;
    }
}
