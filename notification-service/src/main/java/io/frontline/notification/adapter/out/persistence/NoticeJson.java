package io.frontline.notification.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.frontline.notification.application.domain.model.Notice;
import io.frontline.notification.application.domain.model.Severity;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A notice stored with its delivery, as JSON: what the sender renders later, without any address. */
final class NoticeJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private NoticeJson() {
    }

    record Stored(String deliveryKey, UUID eventId, String eventType, Severity severity, String siteId,
                  String reference, Instant occurredAt, Map<String, String> facts, Notice.Audience audience,
                  Integer round, Integer level, String acknowledgeLink) {
    }

    static String write(Notice n) {
        Stored stored = new Stored(n.deliveryKey(), n.eventId(), n.eventType(), n.severity(), n.siteId(), n.reference(),
                n.occurredAt(), n.facts(), n.audience(), n.escalation() == null ? null : n.escalation().round(),
                n.escalation() == null ? null : n.escalation().level(),
                n.escalation() == null ? null : n.escalation().acknowledgeLink());
        try {
            return MAPPER.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Notice read(String json) {
        try {
            Stored s = MAPPER.readValue(json, Stored.class);
            Notice.Escalation escalation = s.level() == null ? null
                    : new Notice.Escalation(s.round(), s.level(), s.acknowledgeLink());
            return new Notice(s.deliveryKey(), s.eventId(), s.eventType(), s.severity(), s.siteId(), s.reference(),
                    s.occurredAt(), s.facts() == null ? Map.of() : s.facts(), s.audience(), escalation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored notice", e);
        }
    }
}
