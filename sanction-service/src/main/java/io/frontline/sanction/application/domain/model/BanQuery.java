package io.frontline.sanction.application.domain.model;

import io.frontline.platform.domain.SubjectKey;

import java.time.Instant;
import java.util.Objects;

/**
 * "Is subject S banned at site X, on channel C, with department D or employee E, at this instant?"
 * A door check is {@link Channel#IN_PERSON}; the region of the site is resolved from the organisation.
 */
public record BanQuery(SubjectKey subject, String siteId, String siteRegionId, Channel channel, String departmentId,
                       String employeeId, Instant at) {
    public BanQuery {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
    }
}
