package io.frontline.complaint;

import io.frontline.platform.testing.Metrics;
import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.frontline.complaint.Api.as;
import static io.frontline.complaint.Api.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The figures operations watch (issue 18): complaints received by channel, and open complaints near or past their
 * term — read from the database, following the service's clock, so a complaint past its term counts as overdue.
 */
@QuarkusTest
class BusinessMetricsTest {

    @AfterEach
    void clockBack() {
        MutableClock.shared().reset();
    }

    @Test
    void a_complaint_received_is_counted_by_channel_and_once_past_its_term_it_counts_as_overdue() {
        at("2021-08-20T10:00:00Z");
        double received = Metrics.value("frontline_complaints_received_total", Map.of("channel", "letter"));
        double overdue = awaitSteady("overdue");

        file("2021-08-02T09:00:00Z"); // the two-week term ended on 16 August: overdue on the 20th

        assertThat(Metrics.value("frontline_complaints_received_total", Map.of("channel", "letter")))
                .isEqualTo(received + 1);
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(Metrics.value("frontline_complaints_open", Map.of("term", "overdue")))
                        .isEqualTo(overdue + 1));
    }

    /** The gauge is read at most every five seconds: wait until two readings agree. */
    private static double awaitSteady(String term) {
        double[] last = {Double.NaN};
        return await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(5_500)).until(() -> {
            double now = Metrics.value("frontline_complaints_open", Map.of("term", term));
            boolean steady = now == last[0];
            last[0] = now;
            return steady ? now : null;
        }, v -> v != null);
    }

    private static void file(String receivedAt) {
        as("chris.handler").body(Map.of("site", "ams-centrum", "channel", "letter", "category", "other",
                        "subject", "Telling", "description", "De klant beschrijft het probleem.", "language", "nl",
                        "receivedAt", receivedAt))
                .post("/api/complaints").then().statusCode(201);
    }
}
