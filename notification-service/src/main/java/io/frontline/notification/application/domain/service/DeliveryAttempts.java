package io.frontline.notification.application.domain.service;

import io.frontline.notification.application.domain.model.Channel;
import io.frontline.notification.application.domain.model.ClaimedDelivery;
import io.frontline.notification.application.domain.model.Delivery;
import io.frontline.notification.application.domain.model.DeliveryLane;
import io.frontline.notification.application.domain.model.DueDelivery;
import io.frontline.notification.application.domain.model.Directory;
import io.frontline.notification.application.domain.model.InboxEntry;
import io.frontline.notification.application.domain.model.Notice;
import io.frontline.notification.application.domain.model.PartyContact;
import io.frontline.notification.application.domain.model.Recipient;
import io.frontline.notification.application.domain.model.RetryPolicy;
import io.frontline.notification.application.port.out.ComplainantContactPort;
import io.frontline.notification.application.port.out.DeliveryMetricsPort;
import io.frontline.notification.application.port.out.DeliveryMetricsPort.Outcome;
import io.frontline.notification.application.port.out.DeliveryPort;
import io.frontline.notification.application.port.out.LoadDirectoryPort;
import io.frontline.notification.application.port.out.LoadInboxEntriesPort;
import io.frontline.notification.application.port.out.PublishDeliveryFailedPort;
import io.frontline.notification.application.port.out.RenderNoticePort;
import io.frontline.notification.application.port.out.SaveInboxEntryPort;
import io.frontline.notification.application.port.out.SendEmailPort;
import io.frontline.notification.application.port.out.SendSmsPort;
import io.frontline.notification.application.port.out.SendWebhookPort;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.events.notification.NotificationEventTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One attempt at one delivery (or one digest). A delivery is claimed in a short transaction (locked with SKIP LOCKED,
 * leased), sent, and its outcome recorded in a second one, so that two senders never send the same thing, a slow
 * channel holds no one else up, and no database connection waits for an SMTP server. A digest is one transaction
 * with its rows locked.
 */
@ApplicationScoped
public class DeliveryAttempts {
    private static final System.Logger LOG = System.getLogger(DeliveryAttempts.class.getName());
    // Channel errors can quote addresses (SMTP "550 <x@y> unknown"); logs and records never carry them.
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>@\"']+@[^\\s<>@\"']+");

    private final DeliveryPort deliveries;
    private final LoadDirectoryPort directory;
    private final SendEmailPort email;
    private final SendWebhookPort webhook;
    private final SendSmsPort sms;
    private final ComplainantContactPort contacts;
    private final PublishDeliveryFailedPort failures;
    private final SaveInboxEntryPort saveInbox;
    private final LoadInboxEntriesPort loadInbox;
    private final RenderNoticePort render;
    private final RetryPolicy policy;
    private final DeliveryMetricsPort metrics;
    private final Clock clock;
    private BannedCustomerMail customers;

    @Inject
    public DeliveryAttempts(DeliveryPort deliveries, LoadDirectoryPort directory, SendEmailPort email,
                            SendWebhookPort webhook, SendSmsPort sms, ComplainantContactPort contacts,
                            PublishDeliveryFailedPort failures, SaveInboxEntryPort saveInbox,
                            LoadInboxEntriesPort loadInbox, RenderNoticePort render, RetryPolicy policy,
                            DeliveryMetricsPort metrics, Clock clock) {
        this.deliveries = deliveries;
        this.directory = directory;
        this.email = email;
        this.webhook = webhook;
        this.sms = sms;
        this.contacts = contacts;
        this.failures = failures;
        this.saveInbox = saveInbox;
        this.loadInbox = loadInbox;
        this.render = render;
        this.policy = policy;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Deliveries of the lane due for an attempt now: critical first, then the longest waiting. */
    @Transactional
    public List<DueDelivery> due(Instant now, DeliveryLane lane, int limit) {
        return deliveries.due(now, lane, limit);
    }

    /** The recipients and channels that have a digest to send now. */
    @Transactional
    public Set<Map.Entry<String, Channel>> digestsDue(Instant now, int limit) {
        Set<Map.Entry<String, Channel>> digests = new LinkedHashSet<>();
        for (Delivery held : deliveries.heldDue(now, limit)) {
            digests.add(Map.entry(held.recipientId(), held.channel()));
        }
        return digests;
    }

    /**
     * How long a claimed delivery is its sender's: longer than any send may take (the mailer's timeout is 10 s, a
     * webhook's 7 s, a contact lookup's 6 s); should this replica stop mid-send, another sends it after this.
     */
    static final Duration LEASE = Duration.ofMinutes(2);

    /**
     * Takes the delivery for one attempt, in a short transaction of its own: locked (SKIP LOCKED, safe with
     * replicas), checked to be still due, and leased to this sender (see {@link ClaimedDelivery}), so that no database
     * connection or row lock is held while the SMTP server answers. Then {@link #attempt(ClaimedDelivery)}.
     *
     * @return empty when it is not due any more, or another sender holds it
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ClaimedDelivery> claim(UUID deliveryId) {
        Instant now = clock.instant();
        return deliveries.claim(deliveryId, now, now.plus(LEASE).truncatedTo(ChronoUnit.MICROS))
                .map(claimed -> claimed.delivery().isForBannedCustomer() || claimed.delivery().isForExternalComplainant()
                        ? claimed : claimed.to(directory.person(claimed.delivery().recipientId())));
    }

    /**
     * Sends a claimed delivery, then records how it went (sent, suppressed, retrying or failed) with the row locked
     * again — the connection is taken only after the send. A lease that ran out meanwhile (another sender took the
     * delivery) records nothing.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void attempt(ClaimedDelivery claimed) {
        deliveries.continueTrace(claimed.trace());
        Delivery delivery = claimed.delivery();
        Instant now = clock.instant();
        Outcome outcome = null;
        String error = null;
        try {
            outcome = send(claimed, now);
        } catch (RuntimeException e) {
            error = safe(e);
        }
        if (deliveries.lockClaimed(delivery.id(), claimed.leaseUntil()).isEmpty()) {
            LOG.log(Level.WARNING, "Delivery %s (%s to %s): its lease ran out during the attempt; another sender has it"
                    .formatted(delivery.id(), delivery.channel().code(), delivery.recipientId()));
            return;
        }
        if (error == null) {
            metrics.delivered(delivery.channel(), delivery.notice().severity(), outcome);
        } else {
            boolean last = delivery.attemptFailed(error, now, policy);
            metrics.delivered(delivery.channel(), delivery.notice().severity(),
                    last ? Outcome.FAILED : Outcome.RETRYING);
            LOG.log(Level.WARNING,
                    "Delivery %s (%s to %s) failed, attempt %d: %s".formatted(delivery.id(), delivery.channel().code(),
                    delivery.recipientId(), delivery.attempts(), error));
            if (last) {
                reportFailure(delivery, now);
            }
        }
        deliveries.save(delivery);
    }

    /** The mails and text messages to banned customers (issue 17). */
    @Inject
    void setCustomers(BannedCustomerMail customers) {
        this.customers = customers;
    }

    private Outcome send(ClaimedDelivery claimed, Instant now) {
        Delivery delivery = claimed.delivery();
        Notice notice = delivery.notice();
        if (delivery.isForBannedCustomer()) {
            Optional<String> notSent = customers.send(delivery);
            if (notSent.isPresent()) {
                delivery.suppress(notSent.get(), now);
                return Outcome.SUPPRESSED;
            }
            delivery.markSent(now);
            return Outcome.SENT;
        }
        if (delivery.isForExternalComplainant()) {
            String complaintId = delivery.recipientId().substring(Delivery.COMPLAINANT_PREFIX.length());
            Optional<PartyContact> contact = contacts.contactOf(complaintId);
            if (contact.isEmpty()) {
                delivery.suppress("the complainant left no e-mail address, or it was erased", now);
                return Outcome.SUPPRESSED;
            }
            email.send(contact.get().email(), contact.get().language(), withContact(notice, contact.get()));
            delivery.markSent(now);
            return Outcome.SENT;
        }
        Optional<Recipient> recipient = claimed.recipient();
        if (recipient.isEmpty()) {
            delivery.suppress("the recipient is no longer in the directory", now);
            return Outcome.SUPPRESSED;
        }
        Recipient person = recipient.get();
        if (delivery.channel() == Channel.EMAIL) {
            email.send(person.email(), person.language(), notice);
        } else if (delivery.channel() == Channel.WEBHOOK) {
            if (person.webhook().isEmpty()) {
                delivery.suppress("the recipient has no webhook any more", now);
                return Outcome.SUPPRESSED;
            }
            webhook.send(person.webhookUrl(), person.language(), notice);
        } else if (delivery.channel() == Channel.SMS) {
            if (person.mobileNumber().isEmpty()) {
                delivery.suppress("the recipient has no mobile number any more", now);
                return Outcome.SUPPRESSED;
            }
            sms.send(person.mobile(), person.language(), notice);
        }
        delivery.markSent(now);
        return Outcome.SENT;
    }

    /** Sends the digest of one person and channel: every held delivery whose quiet hours are over. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int digest(String recipientId, Channel channel) {
        Instant now = clock.instant();
        List<Delivery> held = deliveries.lockHeld(recipientId, channel, now);
        if (held.isEmpty()) {
            return 0;
        }
        Optional<Recipient> recipient = directory.loadDirectory().find(recipientId);
        try {
            if (recipient.isEmpty() || (channel == Channel.WEBHOOK && recipient.get().webhook().isEmpty())) {
                held.forEach(d -> d.suppress("the recipient is no longer reachable on this channel", now));
            } else {
                List<Notice> notices = held.stream().map(Delivery::notice).toList();
                // A summary when any of them was gathered for piling up rather than held for quiet hours.
                boolean summary = held.stream().anyMatch(Delivery::grouped);
                Recipient person = recipient.get();
                if (channel == Channel.EMAIL) {
                    email.sendDigest(person.email(), person.language(), notices, summary);
                } else {
                    webhook.sendDigest(person.webhookUrl(), person.language(), notices, summary);
                }
                held.forEach(d -> d.markSentInDigest(now));
                held.forEach(d -> metrics.delivered(channel, d.notice().severity(), Outcome.SENT));
            }
        } catch (RuntimeException e) {
            String error = safe(e);
            LOG.log(Level.WARNING,
                    "Digest of %d notices (%s to %s) failed: %s".formatted(held.size(), channel.code(), recipientId,
                            error));
            held.forEach(d -> d.digestFailed(error, now.plus(policy.initialDelay())));
            held.forEach(d -> metrics.delivered(channel, d.notice().severity(), Outcome.RETRYING));
        }
        held.forEach(deliveries::save);
        return held.size();
    }

    /** A final failure is itself news: an event for other services and an inbox entry for admins and HQ safety. */
    private void reportFailure(Delivery delivery, Instant now) {
        failures.deliveryFailed(delivery, now);
        Directory people = directory.loadDirectory();
        Set<Recipient> told = new LinkedHashSet<>(people.withRole(Roles.ADMIN));
        told.addAll(people.hqSafety());
        String key = "delivery-failed:" + delivery.id();
        Notice notice = delivery.notice();
        for (Recipient person : told) {
            if (!loadInbox.hasEntry(key, person.id())) {
                saveInbox.save(new InboxEntry(UUID.randomUUID(), person.id(), key, notice.eventId(),
                        NotificationEventTypes.DELIVERY_FAILED_V1, render.failureTitle(delivery, person.language()),
                        notice.siteId(), notice.reference(), delivery.id().toString(), null, null, now, null));
            }
        }
    }

    private static Notice withContact(Notice notice, PartyContact contact) {
        Map<String, String> facts = new HashMap<>(notice.facts());
        if (contact.responseDue() != null) {
            facts.put("responseDue", contact.responseDue().toString());
        }
        if (contact.replyToken() != null) {
            facts.put(Notice.REPLY_TOKEN, contact.replyToken());
        }
        String reference = contact.reference() != null ? contact.reference() : notice.reference();
        return new Notice(notice.deliveryKey(), notice.eventId(), notice.eventType(), notice.severity(),
                notice.siteId(), reference, notice.occurredAt(), facts, notice.audience(), notice.escalation());
    }

    private static String safe(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message = message + ": " + cause.getMessage();
        }
        message = ADDRESS.matcher(message).replaceAll("<address>");
        return message.length() > 500 ? message.substring(0, 500) : message;
    }
}
