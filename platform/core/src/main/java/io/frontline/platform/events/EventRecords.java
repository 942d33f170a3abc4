package io.frontline.platform.events;

import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;

/**
 * How an event becomes a Kafka record: key = aggregate id, value = the structured-mode CloudEvent, and
 * the CloudEvents Kafka binding's {@code content-type} header. Consumers in this platform read the
 * value as text themselves (connector attribute {@code cloud-events=false}), so the header is for
 * everyone else on the topic.
 */
public final class EventRecords {
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    private EventRecords() {
    }

    public static ProducerRecord<String, String> of(String topic, String key, String type, String eventId,
                                                    String envelopeJson) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, envelopeJson);
        record.headers().add("content-type", CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        if (type != null) {
            record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        }
        if (eventId != null) {
            record.headers().add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }
}
