package io.frontline.complaint.adapter.in.rest;

import io.agroal.api.AgroalDataSource;
import io.frontline.complaint.adapter.in.scheduling.ComplaintJobs;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.complaint.ComplaintEventTypes;
import io.frontline.platform.testing.MutableClock;
import io.frontline.platform.testing.contracts.ContractAssertions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.frontline.complaint.Api.as;
import static io.frontline.complaint.Api.at;
import static io.frontline.complaint.Api.eventPayloads;
import static io.frontline.complaint.Api.eventTypes;
import static io.frontline.complaint.Api.fileAs;
import static io.frontline.complaint.Api.publicClient;
import static io.frontline.complaint.Api.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Seed 002: the answer is due within the term; the clock pauses while the complaint waits for the complainant. */
@QuarkusTest
class ResponseTermTest {
    @Inject
    AgroalDataSource dataSource;

    @Inject
    ComplaintJobs jobs;

    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    @Test
    void three_days_waiting_for_the_complainant_move_the_due_date_three_days_and_each_warning_comes_once()
            throws Exception {
        // Monday 1 March 2027, 10:00 in Amsterdam: 14 calendar days → due Monday 15 March (until 23:00 UTC).
        at("2027-03-01T09:00:00Z");
        var filed = fileAs("emma.staff", "ams-centrum", "delivery", "phone")
                .body("responseDue", equalTo("2027-03-15")).extract();
        String id = filed.path("id");
        String reference = filed.path("reference");
        String secret = filed.path("trackingSecret");
        step("chris.handler", id, "start", null).statusCode(200);

        at("2027-03-03T09:00:00Z");
        step("chris.handler", id, "wait-for-complainant", Map.of("text", "Welk bestelnummer?")).statusCode(200);
        at("2027-03-06T09:00:00Z");
        publicClient().header("X-Tracking-Secret", secret).body(Map.of("text", "Bestelling 4711"))
                .post("/api/public/complaints/" + reference + "/messages").then().statusCode(200)
                .body("status", equalTo("in-progress"))
                .body("responseDue", equalTo("2027-03-18"));
        as("chris.handler").get("/api/complaints/" + id).then()
                .body("responseDue", equalTo("2027-03-18")).body("dueAt", equalTo("2027-03-18T23:00:00Z"));

        // The term is 14 days 14 hours (350 h) of running time: 70 % after 245 h, 90 % after 315 h, plus 72 h paused.
        at("2027-03-14T13:59:00Z");
        jobs.watchResponseTerms();
        assertThat(dueSoonAndOverdue(id)).isEmpty();
        at("2027-03-14T14:00:00Z");
        jobs.watchResponseTerms();
        jobs.watchResponseTerms();
        assertThat(dueSoonAndOverdue(id)).containsExactly(ComplaintEventTypes.DUE_SOON_V1);

        at("2027-03-17T08:00:00Z");
        jobs.watchResponseTerms();
        jobs.watchResponseTerms();
        at("2027-03-18T22:59:00Z");
        jobs.watchResponseTerms();
        assertThat(dueSoonAndOverdue(id)).containsExactly(ComplaintEventTypes.DUE_SOON_V1,
                ComplaintEventTypes.DUE_SOON_V1);

        at("2027-03-18T23:00:00Z");
        jobs.watchResponseTerms();
        MutableClock.shared().advance(Duration.ofDays(3));
        jobs.watchResponseTerms();
        assertThat(dueSoonAndOverdue(id)).containsExactly(ComplaintEventTypes.DUE_SOON_V1,
                ComplaintEventTypes.DUE_SOON_V1, ComplaintEventTypes.OVERDUE_V1);

        List<String> warnings = eventPayloads(dataSource, id).stream()
                .filter(p -> p.contains("due-soon") || p.contains("overdue")).toList();
        warnings.forEach(ContractAssertions::assertMatchesContract);
        assertThat(warnings.stream().map(p -> EventCodec.decode(p).data().path("percentOfTerm").asInt()))
                .containsExactly(70, 90, 0);

        step("chris.handler", id, "resolve", Map.of("text", "Alsnog geleverd")).statusCode(200);
        assertThat(eventPayloads(dataSource, id).get(eventPayloads(dataSource, id).size() - 1))
                .contains("\"withinTerm\":false");
    }

    @Test
    void while_the_complaint_waits_for_the_complainant_no_warning_is_given() throws Exception {
        at("2027-04-05T09:00:00Z");
        String id = fileAs("emma.staff", "ams-centrum", "product", "letter").extract().path("id");
        step("chris.handler", id, "start", null).statusCode(200);
        step("chris.handler", id, "wait-for-complainant", Map.of("text", "Foto van het product?")).statusCode(200);
        at("2027-05-05T09:00:00Z");
        jobs.watchResponseTerms();
        assertThat(dueSoonAndOverdue(id)).isEmpty();
        step("chris.handler", id, "resume", null).statusCode(200).body("responseDue", equalTo("2027-05-19"));
    }

    @Test
    void business_day_terms_skip_the_weekend_and_holidays_of_the_site() {
        // Wednesday 23 December 2026. Utrecht counts business days (Mon–Fri, without 25 Dec and 1 Jan):
        // 24, 28, 29, 30, 31 Dec, 4–8 Jan, 11–14 Jan → Thursday 14 January 2027.
        at("2026-12-23T11:00:00Z");
        fileAs("daan.staff", "utr-centraal", "service", "in-store").body("responseDue", equalTo("2027-01-14"));
        // Amsterdam keeps the chain's calendar days.
        fileAs("emma.staff", "ams-centrum", "service", "in-store").body("responseDue", equalTo("2027-01-06"));
    }

    private List<String> dueSoonAndOverdue(String id) throws Exception {
        return eventTypes(dataSource, id).stream()
                .filter(t -> t.equals(ComplaintEventTypes.DUE_SOON_V1) || t.equals(ComplaintEventTypes.OVERDUE_V1))
                .toList();
    }
}
