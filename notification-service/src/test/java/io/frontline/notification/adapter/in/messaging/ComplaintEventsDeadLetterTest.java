package io.frontline.notification.adapter.in.messaging;

import io.frontline.platform.testing.Metrics;
import io.agroal.api.AgroalDataSource;
import io.frontline.notification.ComplaintEvents;
import io.frontline.notification.ComplaintEvents.Event;
import io.frontline.platform.events.Topics;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.frontline.notification.Inboxes.withReference;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class ComplaintEventsDeadLetterTest {
    private static final String DLQ = Topics.deadLetter(Topics.COMPLAINTS);

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void consumerRunning() {
        ComplaintEvents.awaitConsumerReady(dataSource);
    }

    @Test
    void a_record_that_is_not_an_event_goes_to_the_dead_letter_topic_at_once_and_the_partition_moves_on() {
        String key = UUID.randomUUID().toString();
        double retriesBefore = retries();
        double deadLettersBefore = deadLetterWrites();

        ComplaintEvents.topics().publish(Topics.COMPLAINTS, key, "{not json");
        // Same key, same partition: it is only handled if the bad record does not block the partition.
        Event next = ComplaintEvents.received("ein-centrum", key, "CMP-2026-" + (100_000 + (int) (Math.random() * 99_999)));
        ComplaintEvents.publish(next);

        ConsumerRecord<String, String> dead = deadLetterOf(key);
        assertThat(dead.value()).isEqualTo("{not json");
        assertThat(header(dead, "dead-letter-reason")).contains("not JSON");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(withReference("fleur.manager", next.reference())).hasSize(1));
        // Retrying cannot make a malformed record readable: it is not retried.
        assertThat(retries()).isEqualTo(retriesBefore);
        // The operator's alert on dead letters (deploy/kubernetes/base/monitoring.yaml) reads this figure.
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(deadLetterWrites()).isGreaterThanOrEqualTo(deadLettersBefore + 1));
    }

    /**
     * Records the consumer of complaints.events gave up on, each one written to complaints.events.dlq: the consuming
     * method's invocations that ended in an exception after its retries (fault tolerance's own figure).
     */
    private static double deadLetterWrites() {
        return io.frontline.platform.testing.Metrics.value("ft_invocations_total", java.util.Map.of("method",
                "io.frontline.notification.adapter.in.messaging.EventConsumers.consumeComplaintEvent",
                "result", "exceptionThrown"));
    }

    @Test
    void an_event_for_a_site_the_organisation_does_not_have_goes_to_the_dead_letter_topic_after_three_retries() {
        String key = UUID.randomUUID().toString();
        double retriesBefore = retries();

        Event unknownSite = ComplaintEvents.received("nowhere", key, "CMP-2026-000999");
        ComplaintEvents.publish(unknownSite);
        Event next = ComplaintEvents.received("ein-centrum", key, "CMP-2026-" + (100_000 + (int) (Math.random() * 99_999)));
        ComplaintEvents.publish(next);

        ConsumerRecord<String, String> dead = deadLetterOf(key);
        assertThat(dead.value()).isEqualTo(unknownSite.json());
        assertThat(header(dead, "dead-letter-reason")).contains("nowhere");
        assertThat(retries() - retriesBefore).isEqualTo(3.0);
        // Each attempt rolled back, so the event is not recorded as handled: a replay from the DLQ would run it.
        assertThat(ComplaintEvents.handled(dataSource, unknownSite.eventId())).isFalse();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(withReference("fleur.manager", next.reference())).hasSize(1));
    }

    private static ConsumerRecord<String, String> deadLetterOf(String key) {
        List<ConsumerRecord<String, String>> dead = ComplaintEvents.topics()
                .await(DLQ, r -> key.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(dead).as("dead letters with key " + key).hasSize(1);
        return dead.get(0);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header " + name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Retries the consumer has made so far, from the fault-tolerance metrics. */
    private static double retries() {
        String metrics = Metrics.scrape();
        return metrics.lines()
                .filter(l -> l.startsWith("ft_retry_retries_total{") && l.contains("EventConsumers.consumeComplaintEvent"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }
}
