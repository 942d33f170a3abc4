package io.frontline.platform.events.sanction;

import java.util.List;

/**
 * Event types sanction-service publishes on {@code sanctions.events}, keyed by measure id: every step of a
 * measure's lifecycle (proposed → approved → activated → expired | lifted | rejected, objections) and every
 * ban violation a check detects or staff report at the door.
 */
public final class SanctionEventTypes {
    public static final String PROPOSED_V1 = "frontline.sanction.proposed.v1";
    public static final String APPROVED_V1 = "frontline.sanction.approved.v1";
    public static final String ACTIVATED_V1 = "frontline.sanction.activated.v1";
    public static final String EXPIRED_V1 = "frontline.sanction.expired.v1";
    public static final String LIFTED_V1 = "frontline.sanction.lifted.v1";
    public static final String REJECTED_V1 = "frontline.sanction.rejected.v1";
    public static final String OBJECTION_FILED_V1 = "frontline.sanction.objection-filed.v1";
    public static final String OBJECTION_DECIDED_V1 = "frontline.sanction.objection-decided.v1";
    public static final String BAN_VIOLATED_V1 = "frontline.sanction.ban-violated.v1";
    public static final String SEEN_AT_DOOR_V1 = "frontline.sanction.seen-at-door.v1";
    /** A customer's contact or entry ban was approved: they are told in writing (issue 17). */
    public static final String BAN_NOTICE_ISSUED_V1 = "frontline.sanction.ban-notice-issued.v1";
    /** An objection was not decided within its term: announced once (issue 17). */
    public static final String OBJECTION_TERM_MISSED_V1 = "frontline.sanction.objection-term-missed.v1";

    public static final List<String> ALL = List.of(PROPOSED_V1, APPROVED_V1, ACTIVATED_V1, EXPIRED_V1, LIFTED_V1,
            REJECTED_V1, OBJECTION_FILED_V1, OBJECTION_DECIDED_V1, BAN_VIOLATED_V1, SEEN_AT_DOOR_V1,
            BAN_NOTICE_ISSUED_V1, OBJECTION_TERM_MISSED_V1);

    private SanctionEventTypes() {
    }
}
