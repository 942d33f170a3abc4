package io.frontline.platform.events.prevention;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.prevention.partner-report-received.v1} on {@code prevention.events} (key: the report id): a
 * business partner reported harassment by one of our employees through the public form; HR is to handle it. The
 * event carries no names and no contact details: HR reads the report in the service.
 */
public record PartnerReportReceivedV1(String reportId, String reference, String siteId, Instant receivedAt)
        implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
