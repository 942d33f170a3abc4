package io.frontline.complaint.adapter.in.rest;

import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.frontline.complaint.Api.as;
import static io.frontline.complaint.Api.at;
import static io.frontline.complaint.Api.fileAs;
import static io.frontline.complaint.Api.step;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Recurring problems (seed 002) over a data set in March 2031 whose numbers are worked out by hand:
 * <pre>
 *   A ams billing  phone   Mon  3 Mar  resolved after 24 h   (in term)
 *   B ams billing  web     Tue  4 Mar  resolved after 48 h   (in term)
 *   C ams product  letter  Mon 10 Mar  resolved after 480 h  (20 days: out of term)
 *   D utr delivery phone   Wed 12 Mar  in progress
 *   E utr delivery email   Thu 13 Mar  rejected after 24 h
 *   F ams billing  phone   Mon 17 Mar  open
 * </pre>
 * Resolved: A, B, C → median 48 h, 2 of 3 within term. Weeks from 3, 10, 17 March: 2, 3, 1 complaints.
 */
@QuarkusTest
class ComplaintStatisticsTest {
    private static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
    private static final String MARCH = "/api/complaints/stats?from=2031-03-01&to=2031-03-31";

    private static boolean seeded;

    @BeforeEach
    void seedOnce() {
        if (seeded) {
            return;
        }
        seeded = true;
        complaint("ams-centrum", "billing", "phone", "2031-03-03T10:00:00Z", "resolve", 24);
        complaint("ams-centrum", "billing", "web", "2031-03-04T10:00:00Z", "resolve", 48);
        complaint("ams-centrum", "product", "letter", "2031-03-10T10:00:00Z", "resolve", 480);
        complaint("utr-centraal", "delivery", "phone", "2031-03-12T10:00:00Z", null, 0);
        complaint("utr-centraal", "delivery", "email", "2031-03-13T10:00:00Z", "reject", 24);
        complaint("ams-centrum", "billing", "phone", "2031-03-17T10:00:00Z", null, -1);
        // Outside the period: must not count.
        complaint("ams-centrum", "billing", "phone", "2031-04-02T10:00:00Z", "resolve", 1);
        MutableClock.shared().reset();
    }

    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    private static void complaint(String site, String category, String channel, String receivedAt, String closing,
                                  int hours) {
        at(receivedAt);
        String id = fileAs("henk.hq", site, category, channel).extract().path("id");
        if (hours >= 0) {
            step("henk.hq", id, "start", null).statusCode(200);
        }
        if (closing != null) {
            MutableClock.shared().advance(Duration.ofHours(hours));
            step("henk.hq", id, closing, Map.of("text", "Beantwoord op de inhoud.",
                    "reason", "De klacht is onderzocht en blijkt op de inhoud niet gegrond.")).statusCode(200);
        }
    }

    @Test
    void by_category_the_counts_median_resolution_time_and_share_within_term_match_the_hand_computed_numbers() {
        as("henk.hq").config(DOUBLES).get(MARCH + "&groupBy=category").then().statusCode(200)
                .body("total", equalTo(6))
                .body("medianHoursToResolution", closeTo(48.0, 0.001))
                .body("shareResolvedWithinTerm", closeTo(2.0 / 3, 0.001))
                .body("groups.key", contains("billing", "delivery", "product"))
                .body("groups.count", contains(3, 2, 1))
                .body("groups.resolved", contains(2, 0, 1))
                .body("groups[0].medianHoursToResolution", closeTo(36.0, 0.001))
                .body("groups[0].shareResolvedWithinTerm", closeTo(1.0, 0.001))
                .body("groups[1].medianHoursToResolution", nullValue())
                .body("groups[2].medianHoursToResolution", closeTo(480.0, 0.001))
                .body("groups[2].shareResolvedWithinTerm", closeTo(0.0, 0.001))
                .body("trend.weekStarting", contains("2031-03-03", "2031-03-10", "2031-03-17"))
                .body("trend.count", contains(2, 3, 1))
                .body("recurringPerSite.'ams-centrum'.category", contains("billing"))
                .body("recurringPerSite.'ams-centrum'.count", contains(3))
                .body("recurringPerSite.'utr-centraal'.category", contains("delivery"));
    }

    @Test
    void by_site_and_by_channel() {
        as("henk.hq").get(MARCH + "&groupBy=site").then().statusCode(200)
                .body("groups.key", contains("ams-centrum", "utr-centraal"))
                .body("groups.count", contains(4, 2));
        as("henk.hq").get(MARCH + "&groupBy=channel").then().statusCode(200)
                .body("groups.key", contains("email", "letter", "phone", "web"))
                .body("groups.count", contains(1, 1, 3, 1));
    }

    @Test
    void a_site_manager_sees_the_statistics_of_their_own_sites_only() {
        as("sanne.manager").get(MARCH + "&groupBy=site").then().statusCode(200)
                .body("total", equalTo(4))
                .body("groups.key", contains("ams-centrum"));
        as("emma.staff").get(MARCH).then().statusCode(403);
        as("henk.hq").get(MARCH + "&groupBy=colour").then().statusCode(400);
    }
}
