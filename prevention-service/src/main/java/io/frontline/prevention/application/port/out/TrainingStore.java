package io.frontline.prevention.application.port.out;

import io.frontline.prevention.application.domain.model.Course;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Courses, sessions with their attendance, and the reminders sent. */
public interface TrainingStore {
    void save(Course course);

    Optional<Course> course(UUID id);

    List<Course> courses();

    void saveSession(UUID sessionId, UUID courseId, String siteId, LocalDate heldOn, String trainer,
                     List<String> attendees, String recordedBy, Instant recordedAt);

    /** Per course id, per user id: the last day they attended. */
    Map<UUID, Map<String, LocalDate>> lastAttendance();

    /** Records that a reminder went out for the person, course and due date; false if one went out already. */
    boolean remindOnce(UUID courseId, String userId, LocalDate dueOn, Instant at);
}
