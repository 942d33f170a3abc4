package io.frontline.incident.application.domain.model;

import io.frontline.platform.domain.DomainException;

/** An uploaded file that is not taken as evidence: too large, empty, or of a type not on the allow-list. */
public class EvidenceRefused extends DomainException {
    public enum Reason { TOO_LARGE, EMPTY, TYPE_NOT_ALLOWED }

    private final Reason reason;

    public EvidenceRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
