package io.frontline.prevention.application.port.in;

/** Sends one reminder per person, course and due date when training becomes overdue (a timed job runs it). */
public interface RemindOverdueTrainingUseCase {
    /** @return how many reminders went out */
    int remindOverdue();
}
