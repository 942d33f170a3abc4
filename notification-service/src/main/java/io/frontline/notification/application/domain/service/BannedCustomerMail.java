package io.frontline.notification.application.domain.service;

import io.frontline.notification.application.domain.model.Channel;
import io.frontline.notification.application.domain.model.CustomerContact;
import io.frontline.notification.application.domain.model.Delivery;
import io.frontline.notification.application.domain.model.Notice;
import io.frontline.notification.application.port.out.BanNoticeSecretPort;
import io.frontline.notification.application.port.out.CustomerContactPort;
import io.frontline.notification.application.port.out.SendEmailPort;
import io.frontline.notification.application.port.out.SendSmsPort;
import io.frontline.platform.events.sanction.SanctionEventTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The notices to a customer under a ban (issue 17): the written notice (with the notice's secret, asked from
 * sanction-service at send time), a missed decision term, and the objection's outcome — in the language of the
 * customer's own complaints. By mail when an e-mail address is known for the customer; by text message when only a
 * phone number is (a customer who filed by phone). Each notice has a delivery per channel; the one that does not
 * apply is suppressed with the reason, so exactly one of them reaches the customer and only that one asks for a
 * secret. Address and number are asked from complaint-service at send time, never stored or logged.
 */
@ApplicationScoped
public class BannedCustomerMail {
    /** The fact the notice shows the secret from; put in at send time, never stored with the delivery. */
    public static final String SECRET = "noticeSecret";

    private final CustomerContactPort contacts;
    private final BanNoticeSecretPort secrets;
    private final SendEmailPort email;
    private final SendSmsPort sms;

    @Inject
    public BannedCustomerMail(CustomerContactPort contacts, BanNoticeSecretPort secrets, SendEmailPort email,
                              SendSmsPort sms) {
        this.contacts = contacts;
        this.secrets = secrets;
        this.email = email;
        this.sms = sms;
    }

    /** Sends it on the delivery's channel; the reason when it is not for that channel (or nobody can be reached). */
    public Optional<String> send(Delivery delivery) {
        String subjectKey = delivery.recipientId().substring(Delivery.CUSTOMER_PREFIX.length());
        Optional<CustomerContact> known = contacts.contactOf(subjectKey);
        if (delivery.channel() == Channel.SMS) {
            if (known.flatMap(CustomerContact::emailAddress).isPresent()) {
                return Optional.of("the customer is written to by e-mail");
            }
            if (known.flatMap(CustomerContact::mobileNumber).isEmpty()) {
                return Optional.of("no phone number is known for the customer");
            }
            CustomerContact contact = known.get();
            sms.send(contact.mobile(), contact.language(), withSecret(delivery.notice()));
            return Optional.empty();
        }
        if (delivery.channel() != Channel.EMAIL) {
            return Optional.of("a customer is written to by e-mail or text message only");
        }
        if (known.flatMap(CustomerContact::emailAddress).isEmpty()) {
            return Optional.of(known.isPresent() ? "no e-mail address is known for the customer (a text message goes to their phone)"
                    : "no e-mail address is known for the customer");
        }
        CustomerContact contact = known.get();
        email.send(contact.email(), contact.language(), withSecret(delivery.notice()));
        return Optional.empty();
    }

    /** The written notice with a fresh secret; other notices as they are. */
    private Notice withSecret(Notice notice) {
        String reference = notice.fact("noticeReference");
        if (!SanctionEventTypes.BAN_NOTICE_ISSUED_V1.equals(notice.eventType()) || reference == null) {
            return notice;
        }
        Map<String, String> facts = new HashMap<>(notice.facts());
        facts.put(SECRET, secrets.secretFor(reference));
        return new Notice(notice.deliveryKey(), notice.eventId(), notice.eventType(), notice.severity(),
                notice.siteId(), notice.reference(), notice.occurredAt(), facts, notice.audience(),
                notice.escalation());
    }
}
