package io.frontline.complaint.application.domain.model;

/**
 * The chain's complaints policy for one site (seed 002): whether receipt is acknowledged at once, and the
 * term of the substantive answer. Chain-wide defaults, overridable per site.
 */
public record ComplaintPolicy(boolean acknowledgeOnReceipt, ResponseDeadline deadline) {
    /**
     * What applies where the chain configures nothing. Seed 002 asks that the procedure states within which term
     * the complainant can expect a substantive answer, without naming one; Frontline's default is to acknowledge
     * at once and answer within 14 calendar days of receipt, counted in the site's calendar (DESIGN.md).
     */
    public static final ComplaintPolicy DEFAULT = new ComplaintPolicy(true, new ResponseDeadline(14, false));
}
