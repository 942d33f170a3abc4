package io.frontline.incident.application.domain.model.procedure;

import java.time.Instant;

/**
 * The reporter's consent for one purpose (seed 004, Taken vertrouwenspersonen 4): when and how it was given,
 * by whom it was recorded (the reporter themselves, or the counsellor for a reporter without an account), and
 * when it was withdrawn, if it was.
 */
public record Consent(CounsellorPurpose purpose, Instant givenAt, ConsentGiven how, String recordedBy,
                      Instant withdrawnAt) {
    public boolean inForce() {
        return withdrawnAt == null;
    }

    Consent withdrawn(Instant at) {
        return new Consent(purpose, givenAt, how, recordedBy, at);
    }
}
