package io.frontline.incident.application.domain.model;

/** A care task is open until it is done or skipped, both with a note. */
public enum CareTaskStatus {
    OPEN, DONE, SKIPPED
}
