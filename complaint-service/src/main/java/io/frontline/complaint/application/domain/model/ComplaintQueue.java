package io.frontline.complaint.application.domain.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The work queue of complaints (issue 13): who sees which complaints, filtered and in which order. A complaint of a
 * site outside the reader's scope is never in it; the scope travels into the store's query, so a page is never
 * thinned out after it was cut.
 */
public final class ComplaintQueue {
    /** Due soon: the answer is due within this long (the term watcher warns at 90 % of a 14-day term, ~1.4 days before). */
    public static final Duration DUE_SOON = Duration.ofDays(3);

    private ComplaintQueue() {
    }

    /** The orders a queue can be read in; {@code DUE} first: the most urgent on top. */
    public enum Sort {
        DUE("due"), DUE_LAST("-due"), RECEIVED("received"), RECEIVED_LAST("-received");

        private final String wire;

        Sort(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        public boolean descending() {
            return wire.startsWith("-");
        }

        public boolean byDue() {
            return this == DUE || this == DUE_LAST;
        }

        public static Optional<Sort> of(String wire) {
            for (Sort sort : values()) {
                if (sort.wire.equals(wire)) {
                    return Optional.of(sort);
                }
            }
            return Optional.empty();
        }
    }

    /** Where the term stands: due within {@link #DUE_SOON}, or past its due moment (paused terms are neither). */
    public enum Due {
        SOON, OVERDUE
    }

    /** Whose complaints: the reader's own, nobody's yet, or one named handler's. */
    public record Assignee(Kind kind, String handler) {
        public enum Kind { MINE, UNASSIGNED, HANDLER }

        public Assignee {
            Objects.requireNonNull(kind, "kind");
            if (kind == Kind.HANDLER && (handler == null || handler.isBlank())) {
                throw new IllegalArgumentException("name the handler");
            }
        }

        /** {@code mine}, {@code unassigned} or a handler's user name; null or blank is anyone. */
        public static Assignee parse(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            return switch (value.strip()) {
                case "mine" -> new Assignee(Kind.MINE, null);
                case "unassigned" -> new Assignee(Kind.UNASSIGNED, null);
                default -> new Assignee(Kind.HANDLER, value.strip());
            };
        }
    }

    /**
     * What the reader asks for; every part is optional (empty sets and nulls mean "any"). {@code reference}: a whole
     * reference or a part of it ({@code 000123}, {@code CMP-2026-0001}).
     */
    public record Filter(Set<ComplaintStatus> statuses, Set<String> sites, Assignee assignee, Set<Category> categories,
                         Set<Channel> channels, Due due, Instant receivedFrom, Instant receivedBefore,
                         String reference) {
        public Filter {
            statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
            sites = sites == null ? Set.of() : Set.copyOf(sites);
            categories = categories == null ? Set.of() : Set.copyOf(categories);
            channels = channels == null ? Set.of() : Set.copyOf(channels);
            reference = reference == null || reference.isBlank() ? null : reference.strip().toUpperCase(Locale.ROOT);
        }

        public static Filter none() {
            return new Filter(Set.of(), Set.of(), null, Set.of(), Set.of(), null, null, null, null);
        }
    }

    /** The position after the last row served: its sort key (due or received moment) and id. */
    public record After(Instant key, UUID id) {
        public After {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * One read of the queue as the store runs it. {@code scope}: the sites the reader may see, empty for
     * chain-wide readers; {@code handler}: the user name {@code mine} stands for.
     */
    public record Query(Optional<Set<String>> scope, Filter filter, String handler, Sort sort, After after, int limit,
                        Instant now) {
        public Query {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(filter, "filter");
            Objects.requireNonNull(sort, "sort");
            Objects.requireNonNull(now, "now");
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be positive");
            }
        }

        /** The reader's sites intersected with the sites asked for; empty set: nothing can match. */
        public Optional<Set<String>> sites() {
            if (filter.sites().isEmpty()) {
                return scope;
            }
            if (scope.isEmpty()) {
                return Optional.of(filter.sites());
            }
            return Optional.of(filter.sites().stream().filter(scope.get()::contains)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet()));
        }
    }

    /** One line of the queue: enough to choose what to open, no text of the complainant beyond the subject. */
    public record Item(UUID id, ComplaintReference reference, String siteId, Channel channel, Category category,
                       String subject, ComplaintStatus status, Instant receivedAt, java.time.LocalDate responseDue,
                       Instant dueAt, boolean termPaused, String assignee, EscalationLevel escalation,
                       boolean awaitingSecondPerson) {

        /** Past its due moment, still open and not waiting for the complainant. */
        public boolean overdue(Instant now) {
            return !termPaused && status != ComplaintStatus.RESOLVED && status != ComplaintStatus.REJECTED
                    && dueAt != null && !now.isBefore(dueAt);
        }

        /** The key this item sorts by in {@code sort}. */
        public Instant key(Sort sort) {
            return sort.byDue() ? dueAt : receivedAt;
        }
    }
}
