package io.frontline.notification.application.port.out;

import io.frontline.platform.domain.ConfidentialRead;

/**
 * The trail of confidential reads of this service (a customer's notices exported or erased): who, what, when. HQ
 * safety and admins review it through the platform's {@code ConfidentialReadTrail}.
 */
public interface AuditConfidentialReadsPort {
    /** A read that is shown: written in the reading transaction, so no read commits without its line. */
    void granted(ConfidentialRead read);

    /** A read that is refused: written in a transaction of its own, as the refusal rolls the caller back. */
    void refused(ConfidentialRead read);
}
