package io.frontline.platform.events.sanction;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * {@code frontline.sanction.proposed.v1}: a measure was proposed, by the ladder from a confirmed incident
 * ({@code source} = ladder, with the {@code rule} that fired) or by hand. A customer is a subject key only;
 * a staff measure names the employee's user id. Ban terms: {@code coverage} is all-contact, department or
 * employee (contact bans) or sites, region or chain (entry bans); {@code duration} is an ISO-8601 period.
 */
public record MeasureProposedV1(String measureId, String measureType, String siteId, String subjectKey,
                                String employeeId, String source, String rule, String incidentId,
                                boolean policeReportRecommended, String duration, String coverage,
                                List<String> coveredSiteIds, String regionId, String departmentId,
                                String contactEmployeeId, List<String> channels, String alternativeChannel,
                                String proposedBy, Instant proposedAt) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(measureType, "measureType");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(proposedAt, "proposedAt");
    }
}
