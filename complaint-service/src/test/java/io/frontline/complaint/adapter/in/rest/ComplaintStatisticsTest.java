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
 * On 10 April 2031 (14-day terms, to the end of the day): D (due 26 Mar) and F (due 31 Mar) are overdue, E is closed.
 * Days to resolution 1, 2, 20 → median 2, p90 (nearest rank 3 of 3) 20. Per site: ams 4 received, 3 resolved,
 * 2 within term, 1 overdue (F); utr 2 received, 0 resolved, 1 overdue (D). Both sites lie in region north.
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
    void received_resolved_within_term_overdue_and_days_to_resolution_match_the_hand_computed_numbers() {
        at("2031-04-10T12:00:00Z");
        as("henk.hq").config(DOUBLES).get(MARCH + "&groupBy=site").then().statusCode(200)
                .body("from", equalTo("2031-03-01")).body("to", equalTo("2031-03-31"))
                .body("groupBy", equalTo("site"))
                .body("sites", contains("ams-centrum", "cc-rotterdam", "ein-centrum", "utr-centraal"))
                .body("received", equalTo(6))
                .body("resolved", equalTo(3))
                .body("withinTerm", equalTo(2))
                .body("overdue", equalTo(2))
                .body("daysToResolution.count", equalTo(3))
                .body("daysToResolution.median", closeTo(2.0, 0.001))
                .body("daysToResolution.p90", closeTo(20.0, 0.001))
                .body("groups.key", contains("ams-centrum", "utr-centraal"))
                .body("groups.received", contains(4, 2))
                .body("groups.resolved", contains(3, 0))
                .body("groups.withinTerm", contains(2, 0))
                .body("groups.overdue", contains(1, 1))
                .body("groups[0].medianDaysToResolution", closeTo(2.0, 0.001))
                .body("groups[0].p90DaysToResolution", closeTo(20.0, 0.001))
                .body("groups[1].medianDaysToResolution", nullValue());
    }

    @Test
    void by_week_and_by_region_in_the_chains_calendar() {
        at("2031-04-10T12:00:00Z");
        as("henk.hq").get(MARCH + "&groupBy=week").then().statusCode(200)
                .body("groups.key", contains("2031-03-03", "2031-03-10", "2031-03-17"))
                .body("groups.received", contains(2, 3, 1))
                .body("groups.resolved", contains(2, 1, 0))
                .body("groups.withinTerm", contains(2, 0, 0))
                .body("groups.overdue", contains(0, 1, 1));
        as("noor.regional").get(MARCH + "&groupBy=region").then().statusCode(200)
                .body("groups.key", contains("north"))
                .body("groups.received", contains(6));
        as("henk.hq").get(MARCH + "&region=south").then().statusCode(200)
                .body("received", equalTo(0))
                .body("sites", contains("cc-rotterdam", "ein-centrum"));
    }

    @Test
    void a_site_manager_asking_for_another_site_or_its_region_by_name_is_refused_not_answered_with_zero() {
        as("sanne.manager").get(MARCH + "&site=ams-centrum").then().statusCode(200)
                .body("received", equalTo(4));
        as("bram.manager").get(MARCH + "&site=ams-centrum").then().statusCode(403)
                .contentType("application/problem+json");
        as("sanne.manager").get(MARCH + "&region=north").then().statusCode(403);
        as("thijs.regional").get(MARCH + "&region=north").then().statusCode(403);
        as("bram.manager").get(MARCH + "&groupBy=site").then().statusCode(200)
                .body("sites", contains("utr-centraal"))
                .body("groups.key", contains("utr-centraal"));
    }

    @Test
    void a_reversed_or_over_two_year_period_is_422_and_a_bad_date_grouping_or_site_is_400() {
        as("henk.hq").get("/api/complaints/stats?from=2031-03-31&to=2031-03-01").then().statusCode(422)
                .contentType("application/problem+json");
        as("henk.hq").get("/api/complaints/stats?from=2029-01-01&to=2031-01-02").then().statusCode(422);
        as("henk.hq").get("/api/complaints/stats?from=2029-01-01&to=2030-12-31").then().statusCode(200);
        as("henk.hq").get("/api/complaints/stats?from=1-3-2031&to=2031-03-31").then().statusCode(400)
                .contentType("application/problem+json");
        as("henk.hq").get("/api/complaints/stats?to=2031-03-31").then().statusCode(400);
        as("henk.hq").get(MARCH + "&groupBy=colour").then().statusCode(400)
                .contentType("application/problem+json");
        as("henk.hq").get(MARCH + "&site=nowhere").then().statusCode(400);
        as("henk.hq").get(MARCH + "&site=ams-centrum&region=north").then().statusCode(400);
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
