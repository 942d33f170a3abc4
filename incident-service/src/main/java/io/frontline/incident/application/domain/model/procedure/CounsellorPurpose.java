package io.frontline.incident.application.domain.model.procedure;

/**
 * What a confidential counsellor may do for a reporter, each only with the reporter's consent (seed 004,
 * Taken vertrouwenspersonen 2-4): investigate and seek a solution, support a formal complaint to the
 * committee, support a report to the police.
 */
public enum CounsellorPurpose {
    INVESTIGATE, MEDIATE, FORMAL_COMPLAINT, POLICE_REPORT
}
