package io.frontline.platform.events.sanction;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * {@code frontline.sanction.ban-notice-issued.v1} on {@code sanctions.events}: a contact or entry ban against a
 * customer was approved, and the customer is to be told in writing (what it covers, from and until when, the
 * channel that stays open, how to object under {@code noticeReference}). The customer appears by subject key only:
 * whoever sends the notice asks the owner of the contact data for the address, and sanction-service for the
 * notice's secret, at send time. {@code coverage} is the entry ban's ({@code sites}, {@code region},
 * {@code chain}) or the contact ban's scope ({@code all-contact}, {@code department}, {@code employee}).
 */
public record BanNoticeIssuedV1(String measureId, String noticeReference, String measureType, String siteId,
                                String subjectKey, String coverage, List<String> siteIds, String regionId,
                                List<String> channels, String alternativeChannel, Instant startsAt, Instant until,
                                Instant objectionDeadline, Instant issuedAt) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(noticeReference, "noticeReference");
        Objects.requireNonNull(measureType, "measureType");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(objectionDeadline, "objectionDeadline");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
