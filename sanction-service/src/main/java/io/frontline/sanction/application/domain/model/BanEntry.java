package io.frontline.sanction.application.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A ban as the check index holds it: enough to answer a {@link BanQuery} without the database. {@code decided}
 * is false once the ban was lifted, rejected or expired; {@code version} orders changes of one measure.
 */
public record BanEntry(UUID measureId, long version, String subjectKey, MeasureType type, BanTerms terms,
                       Instant startsAt, Instant until, boolean decided) {
    public BanEntry {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(terms, "terms");
    }

    /** The index entry of a ban measure, or null for a measure that is no ban. */
    public static BanEntry of(Measure measure) {
        if (!measure.type().isBan() || measure.subjectKey().isEmpty()) {
            return null;
        }
        return new BanEntry(measure.id(), measure.version(), measure.subjectKey().get().value(), measure.type(),
                measure.banTerms().orElseThrow(), measure.startsAt().orElse(null), measure.until().orElse(null),
                measure.status().isDecided());
    }

    public boolean inForceAt(Instant instant) {
        return decided && startsAt != null && !startsAt.isAfter(instant) && (until == null || instant.isBefore(until));
    }

    /**
     * Whether this ban answers the query with "banned": in force at its instant, and covering it. An entry
     * ban covers in-person visits to its sites; a contact ban covers the channels it closes, for all
     * contact or for its one department or employee only.
     */
    public boolean applies(BanQuery query) {
        if (!inForceAt(query.at())) {
            return false;
        }
        if (terms instanceof EntryBanTerms entry) {
            return query.channel() == Channel.IN_PERSON && entry.covers(query.siteId(), query.siteRegionId());
        }
        ContactBanTerms contact = (ContactBanTerms) terms;
        if (!contact.closes(query.channel())) {
            return false;
        }
        return switch (contact.scope()) {
            case ALL_CONTACT -> true;
            case DEPARTMENT -> contact.departmentSiteId().equals(query.siteId())
                    && contact.departmentId().equals(query.departmentId());
            case EMPLOYEE -> contact.employeeId().equals(query.employeeId());
        };
    }

    /** The channel that stays open, if this is a contact ban that keeps one. */
    public Channel alternativeChannel() {
        return terms instanceof ContactBanTerms contact ? contact.alternativeChannel() : null;
    }
}
