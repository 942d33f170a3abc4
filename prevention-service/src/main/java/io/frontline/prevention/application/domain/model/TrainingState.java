package io.frontline.prevention.application.domain.model;

import java.time.LocalDate;

/**
 * Where one person stands with one course on a day: current (due date beyond the planning window), due (within
 * it, or today) or overdue (the due date has passed). Their site is the first listed for them, null for HQ roles.
 */
public record TrainingState(Course course, Employee employee, String siteId, LocalDate lastAttended, LocalDate dueOn,
                            Status status) {
    public enum Status {
        CURRENT, DUE, OVERDUE
    }

    public static TrainingState on(LocalDate today, java.time.Period dueSoon, Course course, Employee employee,
                                   String siteId, LocalDate lastAttended) {
        LocalDate due = course.dueOn(lastAttended);
        Status status = today.isAfter(due) ? Status.OVERDUE
                : today.plus(dueSoon).isBefore(due) ? Status.CURRENT : Status.DUE;
        return new TrainingState(course, employee, siteId, lastAttended, due, status);
    }

    /** Trained and not overdue: what the compliance report counts as "current". */
    public boolean current() {
        return status != Status.OVERDUE && lastAttended != null;
    }
}
