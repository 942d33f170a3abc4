package io.frontline.sanction.application.domain.model;

/**
 * What a measure does. Customer measures (seeds 001, 003): a written warning, a request to leave, a contact
 * ban, an entry ban. Staff measures after the internal procedure (seed 004): a written reprimand, a
 * suspension, a fine, a transfer, dismissal.
 */
public enum MeasureType {
    WRITTEN_WARNING(false, false),
    REQUEST_TO_LEAVE(false, false),
    CONTACT_BAN(false, true),
    ENTRY_BAN(false, true),
    WRITTEN_REPRIMAND(true, false),
    SUSPENSION(true, false),
    FINE(true, false),
    TRANSFER(true, false),
    DISMISSAL(true, false);

    private final boolean staff;
    private final boolean ban;

    MeasureType(boolean staff, boolean ban) {
        this.staff = staff;
        this.ban = ban;
    }

    /** A measure against an employee rather than a customer. */
    public boolean isStaffMeasure() {
        return staff;
    }

    /** A contact or entry ban: answered by the ban check while in force. */
    public boolean isBan() {
        return ban;
    }
}
