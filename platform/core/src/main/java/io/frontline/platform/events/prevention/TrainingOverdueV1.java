package io.frontline.platform.events.prevention;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * {@code frontline.prevention.training-overdue.v1} on {@code prevention.events} (key: the course id): an employee's
 * training passed its due date (the last attendance plus the course's refresh interval, or the date the course
 * became required when never attended). Sent once per person, course and due date: the reminder.
 */
public record TrainingOverdueV1(String courseId, String courseName, String audience, String userId, String siteId,
                                LocalDate dueOn, LocalDate lastAttendedOn, Instant detectedAt)
        implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(courseName, "courseName");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(detectedAt, "detectedAt");
    }
}
