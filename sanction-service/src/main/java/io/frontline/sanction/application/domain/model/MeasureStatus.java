package io.frontline.sanction.application.domain.model;

/**
 * proposed → approved (by a second person) → active from its start time → expired at its end, or lifted
 * early; a proposal can be rejected instead.
 */
public enum MeasureStatus {
    PROPOSED, APPROVED, ACTIVE, EXPIRED, LIFTED, REJECTED;

    /** Approved or active: in force between its start and its end. */
    public boolean isDecided() {
        return this == APPROVED || this == ACTIVE;
    }
}
