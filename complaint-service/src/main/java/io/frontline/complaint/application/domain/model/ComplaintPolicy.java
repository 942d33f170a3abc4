package io.frontline.complaint.application.domain.model;

/**
 * The chain's complaints policy for one site (seed 002): whether receipt is acknowledged at once, and the
 * term of the substantive answer. Chain-wide defaults, overridable per site.
 */
public record ComplaintPolicy(boolean acknowledgeOnReceipt, ResponseDeadline deadline) {
}
