package io.frontline.incident.application.domain.model.procedure;

import java.time.Instant;

/**
 * Management's written decision on measures at individual level (seed 004, "Sancties en maatregelen"):
 * taken with the committee's advice as starting point, any departure with written reasons. The sanction,
 * if any, falls on {@code sanctionedEmployee}: the accused for a founded complaint, the complainant for a
 * knowingly false one. A sanction names the site where that employee works ({@code siteId}, whose measure
 * register in sanction-service holds it) and, for a transfer, the site they move to.
 */
public record ManagementDecision(String decidedBy, Finding finding, StaffSanction sanction, String sanctionedEmployee,
                                 String measures, boolean followsAdvice, String departureReasons, Instant decidedAt,
                                 String siteId, String transferToSiteId) {
}
