package io.frontline.prevention.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.prevention.application.domain.model.Course;
import io.frontline.prevention.application.domain.model.TrainingState;

import java.util.List;
import java.util.UUID;

/** Training (seed 000: regular training for customer-facing staff and supervisors): courses, sessions, who is due. */
public interface TrainingUseCase {
    Course create(CreateCourseCommand command);

    List<Course> courses();

    /** @return the session id */
    UUID recordSession(RecordSessionCommand command);

    /** Each person of the course's audience in the actor's scope (one site, or all they may see), per course. */
    List<TrainingState> states(Actor actor, String siteId, UUID courseId);

    /** The actor's own state with every course of their audience (once per course, whatever their sites). */
    List<TrainingState> mine(Actor actor);
}
