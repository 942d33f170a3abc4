package io.frontline.notification.application.domain.model.escalation;

import io.frontline.notification.application.domain.model.RoutedEvent;
import io.frontline.notification.application.domain.model.Severity;
import io.frontline.platform.domain.IllegalTransition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * An urgent event climbing its policy's ladder until somebody acknowledges it (issue 7): one per event,
 * never two. It tells one level at a time; a level that goes unacknowledged for its wait hands over to the
 * next, a level with nobody is skipped at once, and after the last level the policy's repeats start over
 * at level 1. An acknowledgement, by anyone told, stops every further level and round.
 */
public final class Escalation {
    private final UUID id;
    private final RoutedEvent event;
    private final String policyName;
    private final Instant startedAt;
    private int round;
    private int level;
    private Instant nextDueAt;
    private EscalationStatus status;
    private String acknowledgedBy;
    private Instant acknowledgedAt;
    private AcknowledgementChannel acknowledgedVia;
    private final List<EscalationStep> steps;
    private final List<EscalationStep> newSteps = new ArrayList<>();

    public Escalation(UUID id, RoutedEvent event, String policyName, Instant startedAt, int round, int level, Instant nextDueAt,
                      EscalationStatus status, String acknowledgedBy, Instant acknowledgedAt,
                      AcknowledgementChannel acknowledgedVia, List<EscalationStep> steps) {
        this.id = Objects.requireNonNull(id, "id");
        this.event = Objects.requireNonNull(event, "event");
        this.policyName = Objects.requireNonNull(policyName, "policyName");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.round = round;
        this.level = level;
        this.nextDueAt = nextDueAt;
        this.status = Objects.requireNonNull(status, "status");
        this.acknowledgedBy = acknowledgedBy;
        this.acknowledgedAt = acknowledgedAt;
        this.acknowledgedVia = acknowledgedVia;
        this.steps = new ArrayList<>(steps);
    }

    /** A new escalation of the event under the policy; nobody is told until {@link #advance} is called. */
    public static Escalation start(UUID id, RoutedEvent event, EscalationPolicy policy, Instant now) {
        return new Escalation(id, event, policy.name(), now, 1, 0, now, EscalationStatus.OPEN, null, null, null, List.of());
    }

    /** Whether the next level is due: still open, and its wait is over (due at the very instant, not before). */
    public boolean isDue(Instant now) {
        return status == EscalationStatus.OPEN && nextDueAt != null && !now.isBefore(nextDueAt);
    }

    /**
     * Moves to the next level that has somebody, recording every empty level on the way as skipped, and
     * returns the steps taken (the last one is the level to tell, unless the ladder ran out: then the
     * escalation is exhausted).
     *
     * @param audience the people of a level for this escalation's site (their recipient ids)
     */
    public List<EscalationStep> advance(EscalationPolicy policy, Function<PolicyLevel, List<String>> audience,
                                        Instant now) {
        if (status != EscalationStatus.OPEN) {
            throw new IllegalTransition("escalation", status.wireName(), "escalated further");
        }
        List<EscalationStep> taken = new ArrayList<>();
        Optional<EscalationPolicy.Position> next = policy.after(round, level);
        while (next.isPresent()) {
            EscalationPolicy.Position position = next.get();
            round = position.round();
            level = position.level();
            PolicyLevel rung = policy.level(level);
            List<String> people = audience.apply(rung);
            EscalationStep step = new EscalationStep(round, level, now, people);
            taken.add(step);
            if (!people.isEmpty()) {
                nextDueAt = now.plus(rung.acknowledgeWithin());
                record(taken);
                return taken;
            }
            next = policy.after(round, level);
        }
        status = EscalationStatus.EXHAUSTED;
        nextDueAt = null;
        record(taken);
        return taken;
    }

    /** Somebody takes the escalation: nobody further is told. Late acknowledgement of an exhausted one counts too. */
    public void acknowledge(String by, AcknowledgementChannel via, Instant now) {
        Objects.requireNonNull(by, "by");
        if (status == EscalationStatus.ACKNOWLEDGED) {
            throw new IllegalTransition("escalation", status.wireName(), "acknowledged again");
        }
        status = EscalationStatus.ACKNOWLEDGED;
        acknowledgedBy = by;
        acknowledgedAt = now;
        acknowledgedVia = via;
        nextDueAt = null;
    }

    /** Whether the person was told at some level (then they may acknowledge and see it, whatever their scope). */
    public boolean wasTold(String recipientId) {
        return steps.stream().anyMatch(s -> s.recipients().contains(recipientId));
    }

    private void record(List<EscalationStep> taken) {
        steps.addAll(taken);
        newSteps.addAll(taken);
    }

    public UUID id() {
        return id;
    }

    /** The escalated event, as routing handed it over. */
    public RoutedEvent event() {
        return event;
    }

    public UUID eventId() {
        return event.eventId();
    }

    public Severity severity() {
        return event.severity();
    }

    public String siteId() {
        return event.siteId();
    }

    /** The event's human reference, else its type: what a person recognises the escalation by. */
    public String reference() {
        return event.reference() != null ? event.reference() : event.eventType();
    }

    /** Gives up without telling anybody more, e.g. when its policy was removed from the configuration. */
    public void abandon() {
        if (status == EscalationStatus.OPEN) {
            status = EscalationStatus.EXHAUSTED;
            nextDueAt = null;
        }
    }

    public String policyName() {
        return policyName;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public int round() {
        return round;
    }

    public int level() {
        return level;
    }

    public Instant nextDueAt() {
        return nextDueAt;
    }

    public EscalationStatus status() {
        return status;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public AcknowledgementChannel acknowledgedVia() {
        return acknowledgedVia;
    }

    /** Every step so far, oldest first. */
    public List<EscalationStep> steps() {
        return List.copyOf(steps);
    }

    /** The steps taken since this object was loaded, to be stored. */
    public List<EscalationStep> newSteps() {
        return List.copyOf(newSteps);
    }
}
