package io.frontline.sanction.application.domain.model;

/**
 * Whether a person may approve a measure, and if not why, as a stable code: {@code proposer},
 * {@code incident-confirmer}, {@code suggestion-confirmer}, {@code procedure-decider} (four eyes),
 * {@code not-entitled} (role or site) or {@code not-proposed} (nothing to approve). The same answer says whether a
 * person may decide the objection against a measure: {@code approver} or {@code proposer} (a second look is another
 * person's), {@code not-entitled}, or {@code no-pending-objection} (nothing to decide).
 */
public record ApprovalCheck(boolean allowed, String reason) {
    public static final String PROPOSER = "proposer";
    /** The approver of a measure never decides the objection against it (issue 17). */
    public static final String APPROVER = "approver";
    public static final String NOT_ENTITLED = "not-entitled";
    public static final String NOT_PROPOSED = "not-proposed";
    /** No objection awaits a decision: none was filed, or it is decided already. */
    public static final String NO_PENDING_OBJECTION = "no-pending-objection";

    public static ApprovalCheck allowedCheck() {
        return new ApprovalCheck(true, null);
    }

    public static ApprovalCheck refused(String reason) {
        return new ApprovalCheck(false, reason);
    }
}
