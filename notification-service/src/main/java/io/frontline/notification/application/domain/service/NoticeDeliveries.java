package io.frontline.notification.application.domain.service;

import io.frontline.notification.application.domain.model.Channel;
import io.frontline.notification.application.domain.model.DeliveriesWaiting;
import io.frontline.notification.application.domain.model.DeliveryLane;
import io.frontline.notification.application.domain.model.GroupingPolicy;
import io.frontline.notification.application.domain.model.Severity;
import io.frontline.notification.application.domain.model.Delivery;
import io.frontline.notification.application.domain.model.InboxEntry;
import io.frontline.notification.application.domain.model.Notice;
import io.frontline.notification.application.domain.model.Recipient;
import io.frontline.notification.application.port.out.DeliveryPort;
import io.frontline.notification.application.port.out.LoadInboxEntriesPort;
import io.frontline.notification.application.port.out.RenderNoticePort;
import io.frontline.notification.application.port.out.SaveInboxEntryPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * Turns a notice for a person into delivery records, in the caller's transaction: the in-app entry at
 * once; e-mail and webhook pending for the sender, or held for the digest when the person is in their
 * quiet hours and the notice may wait, or gathered into a summary when routine notices pile up for the person
 * ({@link GroupingPolicy}); SMS only for critical news to a person with a mobile number. A notice already
 * recorded for the person and channel adds nothing. Once the transaction commits, the lane's senders are woken.
 */
@ApplicationScoped
public class NoticeDeliveries {
    private final DeliveryPort deliveries;
    private final SaveInboxEntryPort saveInbox;
    private final LoadInboxEntriesPort loadInbox;
    private final RenderNoticePort render;
    private final Clock clock;
    private final GroupingPolicy grouping;
    private final Event<DeliveriesWaiting> waiting;

    @Inject
    public NoticeDeliveries(DeliveryPort deliveries, SaveInboxEntryPort saveInbox, LoadInboxEntriesPort loadInbox,
                            RenderNoticePort render, Clock clock, GroupingPolicy grouping,
                            Event<DeliveriesWaiting> waiting) {
        this.deliveries = deliveries;
        this.saveInbox = saveInbox;
        this.loadInbox = loadInbox;
        this.render = render;
        this.clock = clock;
        this.grouping = grouping;
        this.waiting = waiting;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void toPerson(Recipient recipient, Notice notice, Set<Channel> channels) {
        Instant now = clock.instant();
        for (Channel channel : channels) {
            if (channel == Channel.WEBHOOK && recipient.webhook().isEmpty()) {
                continue;
            }
            // Issue 15: a page to the phone is for critical news only, and only to a person with a number.
            if (channel == Channel.SMS && (notice.severity() != Severity.CRITICAL || recipient.mobileNumber().isEmpty())) {
                continue;
            }
            if (deliveries.exists(notice.deliveryKey(), recipient.id(), channel)) {
                continue;
            }
            if (channel == Channel.IN_APP) {
                if (!loadInbox.hasEntry(notice.deliveryKey(), recipient.id())) {
                    saveInbox.save(InboxEntry.of(recipient.id(), notice, render.title(notice, recipient.language()), now));
                }
                deliveries.save(Delivery.sentNow(recipient.id(), channel, notice, now));
            } else if (notice.mayWaitForQuietHours() && recipient.quiet()
                    .map(q -> q.isQuietAt(now, recipient.timeZone())).orElse(false)) {
                deliveries.save(Delivery.held(recipient.id(), channel, notice, now,
                        recipient.quietHours().nextEndAfter(now, recipient.timeZone())));
            } else if (notice.mayWaitForQuietHours() && grouping.groups(notice,
                    deliveries.routineSince(recipient.id(), channel, grouping.windowStart(now)))) {
                // Joins the summary that is already gathering, or starts one that goes out when the window closes.
                Instant until = deliveries.heldUntil(recipient.id(), channel).filter(at -> at.isAfter(now))
                        .orElseGet(() -> grouping.summaryAt(now));
                deliveries.save(Delivery.grouped(recipient.id(), channel, notice, now, until));
            } else {
                deliveries.save(Delivery.pending(recipient.id(), channel, notice, now));
                waiting.fire(new DeliveriesWaiting(DeliveryLane.of(notice.severity())));
            }
        }
    }

    /** A mail to a complaint's external complainant; the address is asked from complaint-service when it is sent. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toExternalComplainant(String complaintId, Notice notice) {
        String recipientId = Delivery.COMPLAINANT_PREFIX + complaintId;
        if (!deliveries.exists(notice.deliveryKey(), recipientId, Channel.EMAIL)) {
            deliveries.save(Delivery.pending(recipientId, Channel.EMAIL, notice, clock.instant()));
            waiting.fire(new DeliveriesWaiting(DeliveryLane.of(notice.severity())));
        }
    }

    /**
     * A notice to a banned customer (issue 17), a delivery per channel (e-mail, text message); the address and number
     * are asked from their owner when it is sent, and only one of the deliveries reaches the customer (the mail when
     * an address is known, else the text message).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toBannedCustomer(String subjectKey, Notice notice, Set<Channel> channels) {
        String recipientId = Delivery.CUSTOMER_PREFIX + subjectKey;
        for (Channel channel : channels) {
            if ((channel == Channel.EMAIL || channel == Channel.SMS)
                    && !deliveries.exists(notice.deliveryKey(), recipientId, channel)) {
                deliveries.save(Delivery.pending(recipientId, channel, notice, clock.instant()));
                waiting.fire(new DeliveriesWaiting(DeliveryLane.of(notice.severity())));
            }
        }
    }
}
