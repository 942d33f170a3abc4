package io.frontline.platform.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the trail of confidential reads (DESIGN.md, Security and privacy: every read of a confidential case is
 * audited): who asked for what, when, and whether it was shown. A granted read is written in the same transaction as
 * the read itself; a refused one in a transaction of its own, because the refusal rolls the caller back.
 *
 * @param id      the line's number in its service, 0 before it is stored
 * @param kind    what kind of record was asked for, one of the constants below
 * @param target  which record: an id, a reference or a subject key, never a name, address or number
 */
public record ConfidentialRead(long id, Instant at, String actor, String kind, String target, boolean granted) {
    /** A formal complaint's case file (seed 004): hearings, positions, votes, report, decision. */
    public static final String FORMAL_COMPLAINT_CASE_FILE = "formal-complaint-case-file";
    /** A perpetrator's incidents across all sites. */
    public static final String SUBJECT_HISTORY = "subject-history";
    /** Statements of an incident's fact-finding. */
    public static final String STATEMENTS = "statements";
    /** The evidence references of an incident. */
    public static final String EVIDENCE = "evidence";
    /** The content of a stored evidence file. */
    public static final String EVIDENCE_FILE = "evidence-file";
    /** A complainant's contact data (e-mail address, language). */
    public static final String COMPLAINANT_CONTACT = "complainant-contact";
    /** Everything a service holds about one customer, by subject key (subject access). */
    public static final String SUBJECT_DATA = "subject-data";
    /** A staff measure after an internal procedure (reprimand, suspension, fine, transfer, dismissal). */
    public static final String STAFF_MEASURE = "staff-measure";

    public ConfidentialRead {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
    }

    public static ConfidentialRead granted(String actor, String kind, String target, Instant at) {
        return new ConfidentialRead(0, at, actor, kind, target, true);
    }

    public static ConfidentialRead refused(String actor, String kind, String target, Instant at) {
        return new ConfidentialRead(0, at, actor, kind, target, false);
    }

    /**
     * Which lines of the trail to show: each part null for "any"; {@code from} inclusive, {@code to} exclusive.
     */
    public record Filter(String kind, String actor, Boolean granted, Instant from, Instant to) {
        public static Filter any() {
            return new Filter(null, null, null, null, null);
        }

        /**
         * The filter as the trail's endpoints take it, every part optional: {@code outcome} granted|refused,
         * {@code from}/{@code to} instants; a wrong outcome or instant is an {@link InvalidValue} naming the field.
         */
        public static Filter of(String kind, String actor, String outcome, String from, String to) {
            Boolean granted = null;
            if (outcome != null && !outcome.isBlank()) {
                granted = switch (outcome.strip()) {
                    case "granted" -> true;
                    case "refused" -> false;
                    default -> throw new InvalidValue("outcome", "outcome must be one of granted, refused");
                };
            }
            return new Filter(blankToNull(kind), blankToNull(actor), granted, instant(from, "from"), instant(to, "to"));
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }

        private static Instant instant(String value, String field) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Instant.parse(value.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidValue(field, field + " must be an instant such as 2026-11-01T00:00:00Z");
            }
        }
    }

    /** One line as the trail's endpoints answer it. */
    public record Line(long id, Instant at, String actor, String kind, String target, String outcome) {
        public static Line of(ConfidentialRead read) {
            return new Line(read.id(), read.at(), read.actor(), read.kind(), read.target(),
                    read.granted() ? "granted" : "refused");
        }
    }
}
