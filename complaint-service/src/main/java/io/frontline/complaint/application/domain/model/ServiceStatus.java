package io.frontline.complaint.application.domain.model;

/**
 * How a service took part in a customer's request: it answered; it did not answer (in time, or with an error) — the
 * request is then incomplete, never silently partial; or it was not asked, because it keeps no customer identifiers
 * by design.
 */
public enum ServiceStatus {
    ANSWERED, UNREACHABLE, NOT_ASKED
}
