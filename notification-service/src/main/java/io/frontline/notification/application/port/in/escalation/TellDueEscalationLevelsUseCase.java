package io.frontline.notification.application.port.in.escalation;

/**
 * Tells the next level of every open escalation whose wait is over (a level that stayed unacknowledged).
 * Safe to run on several replicas at once: each escalation is advanced by one of them.
 */
public interface TellDueEscalationLevelsUseCase {
    /** How many escalations moved on. */
    int tellDueLevels();
}
