package io.frontline.e2e.system;

import io.restassured.http.ContentType;
import io.frontline.e2e.RunningStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace from a REST call through the outbox and Kafka to the service that acts on the event: the complaint's
 * intake in complaint-service and its handling in notification-service share a trace id, and the consumer's span
 * descends from the request (trace context kept with the outbox row and carried in the record's headers).
 */
@ExtendWith(RunningStack.class)
class TraceAcrossServicesTest {
    private static SystemStack stack;

    @BeforeAll
    static void startTheSystem() {
        stack = SystemStack.get();
    }

    @Test
    void a_filed_complaint_and_the_notice_it_causes_are_one_trace_across_two_services() {
        given().baseUri(stack.url("complaint-service"))
                .header("Authorization", stack.bearer("emma.staff"))
                .contentType(ContentType.JSON)
                .body(Map.of("site", "ams-centrum", "channel", "in-store", "category", "product",
                        "subject", "Traced", "description", "Een klacht om de trace te volgen.", "language", "nl"))
                .post("/api/complaints")
                .then().statusCode(201);

        AtomicReference<OtlpReceiver.Span> request = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Optional<OtlpReceiver.Span> found = stack.traces().stream()
                    .filter(s -> s.service().equals("complaint-service") && s.kind().equals("SPAN_KIND_SERVER")
                            && s.name().startsWith("POST") && s.name().contains("/api/complaints"))
                    .reduce((first, second) -> second);
            found.ifPresent(request::set);
            return found.isPresent();
        });
        String traceId = request.get().traceId();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> stack.traces().stream()
                .anyMatch(s -> s.service().equals("notification-service") && s.traceId().equals(traceId)));
        List<OtlpReceiver.Span> trace = stack.traces().stream().filter(s -> s.traceId().equals(traceId)).toList();
        System.out.printf("One trace, %d spans: %s%n", trace.size(),
                trace.stream().map(s -> s.service() + " " + s.name()).toList());
        assertThat(trace).extracting(OtlpReceiver.Span::service)
                .contains("complaint-service", "notification-service");
        assertThat(trace).filteredOn(s -> s.service().equals("notification-service"))
                .anyMatch(s -> s.kind().equals("SPAN_KIND_CONSUMER"));
    }
}
