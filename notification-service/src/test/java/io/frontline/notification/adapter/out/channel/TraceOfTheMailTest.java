package io.frontline.notification.adapter.out.channel;

import io.agroal.api.AgroalDataSource;
import io.frontline.notification.ComplaintEvents;
import io.frontline.notification.Events;
import io.frontline.notification.Mails;
import io.frontline.platform.events.complaint.ComplaintEventTypes;
import io.frontline.platform.testing.infra.GreenMailResource;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Header;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 18: one trace from the work that wrote an event to the mail it causes. The event's record carries the W3C
 * trace context (as the outbox relay sends it); the consumer continues it, the delivery keeps it in its row, and the
 * sender thread's "send email" span, later, is a child of the consumer's work — while the mail itself carries none
 * of it.
 */
@QuarkusTest
class TraceOfTheMailTest {
    private static final String MANAGER = "bram.manager@demo-retail.example";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    InMemorySpanExporter spans;

    @BeforeEach
    void consumerRunning() {
        ComplaintEvents.awaitConsumerReady(dataSource);
    }

    @Test
    void the_mail_an_event_causes_is_sent_in_a_span_that_descends_from_the_consumer_of_that_event() throws Exception {
        String traceId = hex(16);
        String traceParent = "00-" + traceId + "-" + hex(8) + "-01";
        String reference = Events.reference("CMP");
        Events.Event received = Events.of(ComplaintEventTypes.RECEIVED_V1, d -> d.put("siteId", "utr-centraal")
                .put("reference", reference));

        ComplaintEvents.topics().publish(received.topic(), received.key(), received.json(),
                Map.of("traceparent", traceParent));

        Mails.await(MANAGER, m -> m.subject().contains(reference), 1);
        List<SpanData> trace = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            trace.clear();
            trace.addAll(spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)).toList());
            return trace.stream().anyMatch(s -> s.getName().equals("send email"))
                    && trace.stream().anyMatch(s -> s.getKind() == SpanKind.CONSUMER);
        });

        System.out.printf("One trace, %d spans: %s%n", trace.size(), trace.stream()
                .map(s -> s.getName() + " [" + s.getKind() + " " + s.getSpanId() + " < " + s.getParentSpanId() + "]")
                .toList());
        SpanData consumer = trace.stream().filter(s -> s.getKind() == SpanKind.CONSUMER).findFirst().orElseThrow();
        SpanData send = trace.stream().filter(s -> s.getName().equals("send email")).findFirst().orElseThrow();
        assertThat(send.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(ancestorsOf(send, trace)).as("the send span's ancestors").contains(consumer.getSpanId());
        assertThat(send.getStartEpochNanos()).isGreaterThanOrEqualTo(consumer.getStartEpochNanos());
        // The delivery row keeps the context it was created in: the trace of the event
        assertThat(storedTraceParent(received)).startsWith("00-" + traceId + "-");
    }

    @Test
    void the_mail_itself_carries_no_trace_context() throws Exception {
        String traceId = hex(16);
        String reference = Events.reference("CMP");
        Events.Event received = Events.of(ComplaintEventTypes.RECEIVED_V1, d -> d.put("siteId", "utr-centraal")
                .put("reference", reference));

        ComplaintEvents.topics().publish(received.topic(), received.key(), received.json(),
                Map.of("traceparent", "00-" + traceId + "-" + hex(8) + "-01"));
        Mails.await(MANAGER, m -> m.subject().contains(reference), 1);

        MimeMessage mail = Arrays.stream(GreenMailResource.server().getReceivedMessages())
                .filter(m -> subject(m).contains(reference)).findFirst().orElseThrow();
        List<Header> headers = Collections.list(mail.getAllHeaders());
        assertThat(headers).extracting(Header::getName)
                .noneMatch(name -> name.toLowerCase().contains("trace") || name.toLowerCase().contains("span"));
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        mail.writeTo(raw);
        assertThat(raw.toString(StandardCharsets.UTF_8)).doesNotContain(traceId);
    }

    /** The span ids above a span, nearest first, as far as the exported spans of its trace reach. */
    private static List<String> ancestorsOf(SpanData span, List<SpanData> trace) {
        List<String> ancestors = new ArrayList<>();
        String parent = span.getParentSpanId();
        while (parent != null && !ancestors.contains(parent)) {
            ancestors.add(parent);
            String id = parent;
            Optional<SpanData> next = trace.stream().filter(s -> s.getSpanId().equals(id)).findFirst();
            parent = next.map(SpanData::getParentSpanId).orElse(null);
        }
        return ancestors;
    }

    private String storedTraceParent(Events.Event event) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT traceparent FROM delivery WHERE event_id = ? AND channel = 'EMAIL'")) {
            select.setObject(1, event.eventId());
            try (ResultSet rs = select.executeQuery()) {
                assertThat(rs.next()).as("a mail delivery of the event").isTrue();
                return rs.getString(1);
            }
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1; // never all zeros, which W3C calls invalid
        return HexFormat.of().formatHex(random);
    }
}
