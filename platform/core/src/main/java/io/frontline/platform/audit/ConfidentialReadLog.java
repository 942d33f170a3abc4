package io.frontline.platform.audit;

import io.frontline.platform.domain.ConfidentialRead;

/**
 * Where a service writes its trail of confidential reads (DESIGN.md: every confidential read is audited) — the
 * outgoing port of every service that keeps the trail, written once with its adapter ({@link JdbcConfidentialReadLog})
 * because the table and the rule are the same in each.
 */
public interface ConfidentialReadLog {
    /** A read that is shown: written in the reading transaction, so no read commits without its line. */
    void granted(ConfidentialRead read);

    /** A read that is refused: written in a transaction of its own, as the refusal rolls the caller back. */
    void refused(ConfidentialRead read);
}
