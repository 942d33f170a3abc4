package io.frontline.notification.application.domain.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * One notice to one recipient over one channel, and how sending it went. Unique per delivery key (event id
 * or escalation notice key), recipient and channel, so a redelivered event never sends twice. Created in
 * the event's transaction, sent afterwards; failed attempts are retried by a {@link RetryPolicy}.
 */
public final class Delivery {
    /** Recipient ids of external complainants: {@code complainant:<complaintId>}; their address is never stored. */
    public static final String COMPLAINANT_PREFIX = "complainant:";
    /** A customer under a ban, by subject key: {@code customer:<subjectKey>} (issue 17). */
    public static final String CUSTOMER_PREFIX = "customer:";

    private final UUID id;
    private final String recipientId;
    private final Channel channel;
    private final Notice notice;
    private final Instant createdAt;
    private DeliveryStatus status;
    private int attempts;
    private String lastError;
    private Instant nextAttemptAt;
    private Instant sentAt;
    private final boolean grouped;

    public Delivery(UUID id, String recipientId, Channel channel, Notice notice, Instant createdAt,
                    DeliveryStatus status, int attempts, String lastError, Instant nextAttemptAt, Instant sentAt) {
        this(id, recipientId, channel, notice, createdAt, status, attempts, lastError, nextAttemptAt, sentAt, false);
    }

    /** @param grouped held for a summary of routine news rather than for quiet hours */
    public Delivery(UUID id, String recipientId, Channel channel, Notice notice, Instant createdAt,
                    DeliveryStatus status, int attempts, String lastError, Instant nextAttemptAt, Instant sentAt,
                    boolean grouped) {
        this.grouped = grouped;
        this.id = Objects.requireNonNull(id, "id");
        this.recipientId = Objects.requireNonNull(recipientId, "recipientId");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.notice = Objects.requireNonNull(notice, "notice");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = Objects.requireNonNull(status, "status");
        this.attempts = attempts;
        this.lastError = lastError;
        this.nextAttemptAt = micros(nextAttemptAt);
        this.sentAt = sentAt;
    }

    /** Stored times have microseconds; a due time never lies a fraction after the moment it was meant for. */
    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** A delivery to be sent as soon as the sender comes by. */
    public static Delivery pending(String recipientId, Channel channel, Notice notice, Instant now) {
        return new Delivery(UUID.randomUUID(), recipientId, channel, notice, now, DeliveryStatus.PENDING, 0, null,
                now, null);
    }

    /** A delivery held for the recipient's digest at the end of their quiet hours. */
    public static Delivery held(String recipientId, Channel channel, Notice notice, Instant now, Instant until) {
        return new Delivery(UUID.randomUUID(), recipientId, channel, notice, now, DeliveryStatus.HELD, 0, null,
                until, null);
    }

    /**
     * A routine delivery gathered into a summary (issue 15: more than N routine notices within M minutes),
     * sent with the others at {@code until}.
     */
    public static Delivery grouped(String recipientId, Channel channel, Notice notice, Instant now, Instant until) {
        return new Delivery(UUID.randomUUID(), recipientId, channel, notice, now, DeliveryStatus.HELD, 0, null,
                until, null, true);
    }

    /** A delivery that is done the moment it is made (the in-app inbox entry is written with it). */
    public static Delivery sentNow(String recipientId, Channel channel, Notice notice, Instant now) {
        return new Delivery(UUID.randomUUID(), recipientId, channel, notice, now, DeliveryStatus.SENT, 1, null,
                null, now);
    }

    public boolean isDue(Instant now) {
        return (status == DeliveryStatus.PENDING || status == DeliveryStatus.RETRYING)
                && (nextAttemptAt == null || !nextAttemptAt.isAfter(now));
    }

    public void markSent(Instant now) {
        attempts++;
        status = DeliveryStatus.SENT;
        sentAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    /** Sent as part of a digest: counts as this delivery's one successful send. */
    public void markSentInDigest(Instant now) {
        markSent(now);
    }

    /** Nothing to send to (e.g. the complainant left no e-mail or was erased): not an error. */
    public void suppress(String reason, Instant now) {
        status = DeliveryStatus.SUPPRESSED;
        lastError = reason;
        nextAttemptAt = null;
    }

    /**
     * Records a failed attempt: retried after the policy's back-off, or failed for good after the last.
     *
     * @return true if this was the last attempt
     */
    public boolean attemptFailed(String error, Instant now, RetryPolicy policy) {
        attempts++;
        lastError = error;
        if (attempts >= policy.maxAttempts()) {
            status = DeliveryStatus.FAILED;
            nextAttemptAt = null;
            return true;
        }
        status = DeliveryStatus.RETRYING;
        nextAttemptAt = micros(now.plus(policy.delayAfter(attempts)));
        return false;
    }

    /** A digest could not go out: the held items stay held and are tried again later. */
    public void digestFailed(String error, Instant retryAt) {
        lastError = error;
        nextAttemptAt = micros(retryAt);
    }

    /** Held for a summary of routine news, not for quiet hours. */
    public boolean grouped() {
        return grouped;
    }

    public boolean isForExternalComplainant() {
        return recipientId.startsWith(COMPLAINANT_PREFIX);
    }

    /** A mail to a banned customer, whose address is asked at send time. */
    public boolean isForBannedCustomer() {
        return recipientId.startsWith(CUSTOMER_PREFIX);
    }

    public UUID id() {
        return id;
    }

    public String recipientId() {
        return recipientId;
    }

    public Channel channel() {
        return channel;
    }

    public Notice notice() {
        return notice;
    }

    public String deliveryKey() {
        return notice.deliveryKey();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
