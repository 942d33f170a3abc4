package io.frontline.sanction.application.port.out;

import io.frontline.sanction.application.domain.model.Measure;

/**
 * Tells the check indexes of this and every other replica that a ban changed, once the current
 * transaction commits (and not at all if it rolls back).
 */
public interface BanChangesPort {
    void announce(Measure ban);

    /** A watch flag of this subject changed: every replica reloads the subject once the transaction commits. */
    void announceSubject(String subjectKey);
}
