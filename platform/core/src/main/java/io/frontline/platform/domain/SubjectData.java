package io.frontline.platform.domain;

import java.util.List;
import java.util.Objects;

/**
 * The one shape in which every service answers a customer's request for access or erasure by subject key (GDPR
 * art. 15 and 17; DESIGN.md: customers are known only by subject key). Plain records, so a service's application
 * core may build them and complaint-service's combined request may read them back from JSON.
 */
public final class SubjectData {
    private SubjectData() {
    }

    /** Everything one service holds about the subject, by kind of data. */
    public record Export(String service, String subjectKey, List<Held> held) {
        public Export {
            held = held == null ? List.of() : List.copyOf(held);
        }
    }

    /** One kind of data (e.g. "incidents") and its records, as the service shows them. */
    public record Held(String kind, List<Object> items) {
        public Held {
            Objects.requireNonNull(kind, "kind");
            items = items == null ? List.of() : List.copyOf(items);
        }

        public static Held of(String kind, List<?> items) {
            return new Held(kind, List.copyOf(items));
        }
    }

    /** What one service erased about the subject, and what it kept under a legal hold. */
    public record Erasure(String service, String subjectKey, List<Erased> erased, List<Kept> kept) {
        public Erasure {
            erased = erased == null ? List.of() : List.copyOf(erased);
            kept = kept == null ? List.of() : List.copyOf(kept);
        }
    }

    /** How many records of a kind were erased or anonymised. */
    public record Erased(String kind, int count) {
        public Erased {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** A record kept despite the request: its kind, its reference and the legal hold, in words. */
    public record Kept(String kind, String reference, String reason) {
        public Kept {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
