package io.frontline.platform.events.prevention;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.prevention.partner-report-concluded.v1} on {@code prevention.events} (key: the report id): HR
 * concluded a business partner's report with an outcome, which the reporter reads on the tracking page.
 */
public record PartnerReportConcludedV1(String reportId, String reference, String siteId, String outcome,
                                       String concludedBy, Instant concludedAt) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(concludedBy, "concludedBy");
        Objects.requireNonNull(concludedAt, "concludedAt");
    }
}
