package io.frontline.notification.application.domain.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What one delivery tells its recipient: the event (type, urgency, site, reference, facts), for whom it is
 * written ({@link Audience}) and, for an escalation, which round and level and the acknowledgement link.
 * Everything needed to render it later, so a send never depends on the event again.
 *
 * @param deliveryKey the event id, or the escalation notice's key: unique with recipient and channel
 */
public record Notice(String deliveryKey, UUID eventId, String eventType, Severity severity, String siteId,
                     String reference, Instant occurredAt, Map<String, String> facts, Audience audience,
                     Escalation escalation) {

    /** The facts a notice to the accused of an internal procedure may show (seed 004: no reporter, witness or victim). */
    public static final Set<String> ACCUSED_FACTS = Set.of("complaintId", "term", "dueAt", "expectedBy",
            "expectedHandlingDays", "finding", "followsAdvice", "decidedAt", "objectionDueAt", "sanctionType",
            "issuedAt", "decisionDueAt", "receivedAt", "hearingsDueAt", "reportDueAt", "answeredAt");

    /**
     * The fact a mail to the external complainant carries at send time only (complaint-service's signed reply token;
     * never stored with the delivery): it goes into the Reply-To address and the subject tag.
     */
    public static final String REPLY_TOKEN = "replyToken";

    /** Who a text is written for; decides the template and which facts it may show. */
    public enum Audience {
        /** Someone of the chain who acts on it. */
        STAFF,
        /** The complainant of an internal procedure. */
        COMPLAINANT,
        /** The accused of an internal procedure: only reference, term, dates and outcome. */
        ACCUSED,
        /** The external complainant of a complaint. */
        COMPLAINANT_CONTACT,
        /** A customer under a ban (issue 17): what it covers, until when, how to object, the outcome. */
        CUSTOMER
    }

    /** An escalation level's notice: its round, its level and the recipient's one-click acknowledgement link. */
    public record Escalation(int round, int level, String acknowledgeLink) {
    }

    public Notice {
        Objects.requireNonNull(deliveryKey, "deliveryKey");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(audience, "audience");
        Map<String, String> kept = new LinkedHashMap<>();
        facts.forEach((k, v) -> {
            if (v != null && (audience != Audience.ACCUSED || ACCUSED_FACTS.contains(k))) {
                kept.put(k, v);
            }
        });
        facts = Map.copyOf(kept);
    }

    /** The notice of a routed event for an audience. */
    public static Notice of(RoutedEvent event, Audience audience) {
        return new Notice(event.eventId().toString(), event.eventId(), event.eventType(), event.severity(),
                event.siteId(), event.reference(), event.occurredAt(), event.facts(), audience, null);
    }

    /** The notice of one escalation level for one of its people. */
    public static Notice of(EscalationLevelNotice notice, String acknowledgeLink) {
        RoutedEvent event = notice.event();
        return new Notice(notice.deliveryKey(), event.eventId(), event.eventType(), event.severity(), event.siteId(),
                event.reference(), event.occurredAt(), event.facts(), Audience.STAFF,
                new Escalation(notice.round(), notice.level(), acknowledgeLink));
    }

    public String fact(String name) {
        return facts.get(name);
    }

    /** Escalation notices reach people at any hour. */
    public boolean mayWaitForQuietHours() {
        return escalation == null && !severity.bypassesQuietHours();
    }
}
