package io.frontline.notification.application.domain.service;

import io.frontline.notification.application.domain.model.CustomerContact;
import io.frontline.notification.application.domain.model.Delivery;
import io.frontline.notification.application.domain.model.Notice;
import io.frontline.notification.application.port.out.BanNoticeSecretPort;
import io.frontline.notification.application.port.out.CustomerContactPort;
import io.frontline.notification.application.port.out.SendEmailPort;
import io.frontline.platform.events.sanction.SanctionEventTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The mails to a customer under a ban (issue 17): the written notice (with the notice's secret, asked from
 * sanction-service at send time), a missed decision term, and the objection's outcome — in the language of the
 * customer's own complaints. The address is asked from complaint-service at send time, never stored or logged.
 */
@ApplicationScoped
public class BannedCustomerMail {
    /** The fact the mail shows the secret from; put in at send time, never stored with the delivery. */
    public static final String SECRET = "noticeSecret";

    private final CustomerContactPort contacts;
    private final BanNoticeSecretPort secrets;
    private final SendEmailPort email;

    @Inject
    public BannedCustomerMail(CustomerContactPort contacts, BanNoticeSecretPort secrets, SendEmailPort email) {
        this.contacts = contacts;
        this.secrets = secrets;
        this.email = email;
    }

    /** Sends it; false when nobody can be written to (no e-mail known for the customer). */
    public boolean send(Delivery delivery) {
        String subjectKey = delivery.recipientId().substring(Delivery.CUSTOMER_PREFIX.length());
        Optional<CustomerContact> contact = contacts.contactOf(subjectKey);
        if (contact.isEmpty()) {
            return false;
        }
        Notice notice = delivery.notice();
        String reference = notice.fact("noticeReference");
        if (SanctionEventTypes.BAN_NOTICE_ISSUED_V1.equals(notice.eventType()) && reference != null) {
            Map<String, String> facts = new HashMap<>(notice.facts());
            facts.put(SECRET, secrets.secretFor(reference));
            notice = new Notice(notice.deliveryKey(), notice.eventId(), notice.eventType(), notice.severity(),
                    notice.siteId(), notice.reference(), notice.occurredAt(), facts, notice.audience(),
                    notice.escalation());
        }
        email.send(contact.get().email(), contact.get().language(), notice);
        return true;
    }
}
