package io.frontline.platform.events.prevention;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * {@code frontline.prevention.policy-published.v1} on {@code prevention.events} (key: the policy kind): a new
 * version of a chain policy is published; from {@code effectiveFrom} every employee is asked to acknowledge it
 * (seed 000: the basic policy communicated to employees). An earlier acknowledgement does not count for it.
 */
public record PolicyPublishedV1(String policyId, String kind, int version, LocalDate effectiveFrom,
                                List<String> languages, String publishedBy, Instant publishedAt)
        implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(languages, "languages");
        Objects.requireNonNull(publishedBy, "publishedBy");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
