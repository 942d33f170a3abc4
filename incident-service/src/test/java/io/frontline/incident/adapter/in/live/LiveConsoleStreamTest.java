package io.frontline.incident.adapter.in.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.frontline.incident.Reports;
import jakarta.inject.Inject;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventEnvelope;
import io.frontline.platform.events.Topics;
import io.frontline.platform.events.callcenter.CallcenterEventTypes;
import io.frontline.platform.events.callcenter.TranscriptSegmentV1;
import io.frontline.platform.testing.MutableClock;
import io.frontline.platform.testing.infra.KafkaServer;
import io.frontline.platform.testing.infra.TopicClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, the supervisor's live console: alerts of live detection pushed as server-sent events to the supervisor of
 * the call center the moment they are committed, with the lines of the call; a console that lost its connection gets
 * what it missed with {@code Last-Event-ID}; nobody sees another site's alerts.
 */
@QuarkusTest
class LiveConsoleStreamTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TopicClient kafka = new TopicClient(KafkaServer.shared().bootstrapServers());
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Stream<String>> open = new ArrayList<>();

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/api/live-alerts/stream")
    URL stream;

    @AfterEach
    void closeStreams() {
        open.forEach(Stream::close);
    }

    record Event(String id, String name, JsonNode data) {
    }

    @Test
    void the_supervisor_sees_an_alert_of_his_call_center_as_it_is_committed_with_the_rule_and_the_lines_before_it()
            throws Exception {
        BlockingQueue<Event> events = follow("ruben.supervisor", latest());
        String callId = "call-" + UUID.randomUUID();
        segment(callId, 0, "agent", "Goedemiddag, u spreekt met Lotte.");
        segment(callId, 1, "caller", "Ik bel over mijn bestelling.");
        long sent = System.nanoTime();
        segment(callId, 2, "caller", "Wat een kutbedrijf, jullie zijn echt achterlijk.");

        Event alert = next(events, callId, Duration.ofSeconds(60));
        long millis = (System.nanoTime() - sent) / 1_000_000;
        assertThat(alert.name()).isEqualTo("live-alert");
        assertThat(Long.parseLong(alert.id())).isEqualTo(alert.data().path("sequence").asLong()).isPositive();
        assertThat(alert.data().path("rule").asText()).isEqualTo("abusive-language");
        assertThat(alert.data().path("site").asText()).isEqualTo("cc-rotterdam");
        assertThat(alert.data().path("suggestionStatus").asText()).isEqualTo("open");
        assertThat(alert.data().path("suggestionId").asText()).isNotBlank();
        List<String> lines = new ArrayList<>();
        alert.data().path("lines").forEach(l -> lines.add(l.path("speaker").asText() + ": " + l.path("text").asText()));
        assertThat(lines).containsExactly("agent: Goedemiddag, u spreekt met Lotte.",
                "caller: Ik bel over mijn bestelling.", "caller: Wat een kutbedrijf, jullie zijn echt achterlijk.");
        System.out.printf("FIGURE live alert on the stream %d ms after the segment was published%n", millis);
        // The goal (1 s, p99 over 100 alerts, into the browser) is measured by the browser test on the local stack;
        // here one alert on a shared test machine, so the bound is loose but still fails a stream that waits.
        assertThat(millis).as("from publishing the segment to the alert on the stream").isLessThan(5_000);
    }

    @Test
    void a_console_that_lost_its_connection_gets_every_alert_it_missed_with_last_event_id() throws Exception {
        BlockingQueue<Event> first = follow("ruben.supervisor", latest());
        String before = abusiveCall();
        Event seen = next(first, before, Duration.ofSeconds(60));
        closeStreams(); // the connection drops

        String missedOne = abusiveCall();
        String missedTwo = abusiveCall();
        awaitSuggestion(missedTwo);

        BlockingQueue<Event> again = follow("ruben.supervisor", Long.parseLong(seen.id()));
        Event one = next(again, missedOne, Duration.ofSeconds(10));
        Event two = next(again, missedTwo, Duration.ofSeconds(10));
        assertThat(Long.parseLong(one.id())).isGreaterThan(Long.parseLong(seen.id()));
        assertThat(Long.parseLong(two.id())).isGreaterThan(Long.parseLong(one.id()));
    }

    @Test
    void opening_the_console_shows_the_alerts_of_open_suggestions_but_not_decided_ones() throws Exception {
        String stillOpen = abusiveCall();
        String dismissed = abusiveCall();
        String suggestion = awaitSuggestion(dismissed);
        awaitSuggestion(stillOpen);
        given().header("Authorization", bearer(user("ruben.supervisor"))).contentType("application/json")
                .body(Map.of("note", "Klant citeerde een ander")).post("/api/suggested-incidents/" + suggestion
                        + "/dismissal").then().statusCode(200);

        BlockingQueue<Event> events = follow("ruben.supervisor", null);
        List<String> calls = new ArrayList<>();
        Event e;
        while ((e = events.poll(3, TimeUnit.SECONDS)) != null) {
            calls.add(e.data().path("callId").asText());
        }
        assertThat(calls).contains(stillOpen).doesNotContain(dismissed);
    }

    @Test
    void a_manager_of_another_site_gets_no_alert_of_the_call_center_and_staff_may_not_follow() throws Exception {
        BlockingQueue<Event> other = follow("sanne.manager", 0L);
        String callId = abusiveCall();
        awaitSuggestion(callId);
        Thread.sleep(1_000);
        assertThat(other).noneMatch(e -> callId.equals(e.data().path("callId").asText()));
        assertThat(other).noneMatch(e -> "cc-rotterdam".equals(e.data().path("site").asText()));
        given().header("Authorization", bearer(user("sanne.manager"))).get("/api/live-alerts?after=0")
                .then().statusCode(200).body("findAll { it.site == 'cc-rotterdam' }.size()", org.hamcrest.Matchers.is(0));

        assertThat(status("emma.staff", null)).isEqualTo(403);
        assertThat(http.send(HttpRequest.newBuilder(stream.toURI()).header("Accept", "text/event-stream").GET()
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
    }

    @Test
    void a_last_event_id_that_is_no_number_is_refused_as_a_problem() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(stream.toURI())
                .header("Authorization", bearer(user("ruben.supervisor"))).header("Last-Event-ID", "'; drop")
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(answer.body()).doesNotContain("drop");
    }

    private int status(String username, Long lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(stream.toURI()).header("Accept", "text/event-stream")
                .header("Authorization", bearer(user(username)));
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Opens the stream as the person and collects its events in the background. */
    private BlockingQueue<Event> follow(String username, Long lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(stream.toURI()).header("Accept", "text/event-stream")
                .header("Authorization", bearer(user(username)));
        if (lastEventId != null) {
            request.header("Last-Event-ID", Long.toString(lastEventId));
        }
        HttpResponse<Stream<String>> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        Stream<String> lines = response.body();
        open.add(lines);
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        CompletableFuture.runAsync(() -> {
            String[] current = new String[3];
            StringBuilder data = new StringBuilder();
            try {
                lines.forEach(line -> {
                    if (line.isEmpty()) {
                        if (data.length() > 0) {
                            try {
                                events.add(new Event(current[0], current[1], JSON.readTree(data.toString())));
                            } catch (IOException e) {
                                throw new IllegalStateException(e);
                            }
                        }
                        current[0] = null;
                        current[1] = null;
                        data.setLength(0);
                    } else if (line.startsWith("id:")) {
                        current[0] = line.substring(3).strip();
                    } else if (line.startsWith("event:")) {
                        current[1] = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).strip());
                    }
                });
            } catch (RuntimeException closed) {
                // the stream was closed by the test
            }
        });
        return events;
    }

    private static Event next(BlockingQueue<Event> events, String callId, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            Event e = events.poll(100, TimeUnit.MILLISECONDS);
            if (e != null && callId.equals(e.data().path("callId").asText())) {
                return e;
            }
        }
        throw new AssertionError("no live alert for " + callId + " within " + within);
    }

    /** The number of the newest alert so far: a console that starts there gets only what comes next. */
    private long latest() {
        return Reports.count(dataSource, "SELECT coalesce(max(seq), 0) FROM live_alert_feed");
    }

    private static String awaitSuggestion(String callId) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().header("Authorization", bearer(user("ruben.supervisor")))
                        .get("/api/suggested-incidents?limit=200").then().statusCode(200).extract().jsonPath()
                        .<Map<String, Object>>getList("items").stream().filter(s -> callId.equals(s.get("callId")))
                        .map(s -> (String) s.get("id")).findFirst().orElse(null), s -> s != null);
    }

    private String abusiveCall() {
        String callId = "call-" + UUID.randomUUID();
        segment(callId, 1, "caller", "Wat een kutbedrijf, jullie zijn echt achterlijk.");
        return callId;
    }

    private void segment(String callId, int index, String speaker, String text) {
        TranscriptSegmentV1 data = new TranscriptSegmentV1(callId, "cc-rotterdam", "agent-17", null, speaker, text,
                index * 10_000L, index * 10_000L + 9_000L, "nl");
        kafka.publish(Topics.CALLCENTER_TRANSCRIPTS, callId, EventCodec.encode(new EventEnvelope(
                EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/frontline/callcenter-platform",
                CallcenterEventTypes.TRANSCRIPT_SEGMENT_V1, MutableClock.shared().instant(), callId, EventEnvelope.JSON,
                EventCodec.toData(data))));
    }
}
