package io.frontline.complaint.adapter.in.rest;

import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.frontline.complaint.Api.filePublic;
import static io.frontline.complaint.Api.publicComplaint;
import static io.frontline.complaint.Api.track;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

/** The endpoints anyone can reach are rate-limited, size-limited and give nothing away (DESIGN.md). */
@QuarkusTest
class PublicEndpointLimitsTest {

    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    @Test
    void a_client_that_sends_too_many_requests_gets_429_with_retry_after_while_others_are_served() {
        String client = "203.0.113.77";
        for (int i = 0; i < 8; i++) {
            given().header("X-Forwarded-For", client).get("/api/public/complaints/CMP-2026-999999")
                    .then().statusCode(404);
        }
        given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .body(publicComplaint("ams-centrum", "service", "Lange wachttijd", null))
                .post("/api/public/complaints")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("status", equalTo(429));
        given().header("X-Forwarded-For", "203.0.113.78").get("/api/public/complaints/CMP-2026-999999")
                .then().statusCode(404);
    }

    @Test
    void a_client_that_writes_its_own_forwarded_for_entries_still_meets_its_limit() {
        // Behind one trusted hop the client is the right-most address; what the client put on the left changes nothing
        String client = "203.0.113.55";
        for (int i = 0; i < 8; i++) {
            given().header("X-Forwarded-For", "192.0.2." + i + ", " + client)
                    .get("/api/public/complaints/CMP-2026-999999").then().statusCode(404);
        }
        given().header("X-Forwarded-For", "192.0.2.99, " + client).get("/api/public/complaints/CMP-2026-999999")
                .then().statusCode(429).contentType("application/problem+json");
    }

    @Test
    void a_form_larger_than_the_limit_is_refused_with_413() {
        String huge = "x".repeat(20_000);
        given().header("X-Forwarded-For", "203.0.113.90").contentType(ContentType.JSON)
                .body(publicComplaint("ams-centrum", "service", huge, null))
                .post("/api/public/complaints")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void a_wrong_secret_is_answered_exactly_like_an_unknown_reference() {
        var filed = filePublic(publicComplaint("ams-centrum", "delivery", "Pakket nooit aangekomen", null)).extract();
        String reference = filed.path("reference");
        String secret = filed.path("trackingSecret");
        track(reference, secret).statusCode(200).body("status", equalTo("acknowledged"))
                .body("responseDue", notNullValue());

        String unknownReference = "CMP-2026-999998";
        Response wrongSecret = track(reference, secret + "x").statusCode(404).extract().response();
        Response noSecret = track(reference, null).statusCode(404).extract().response();
        Response unknown = track(unknownReference, secret).statusCode(404).extract().response();
        Response garbage = track("not-a-reference", secret).statusCode(404).extract().response();

        String expected = unknown.asString().replace(unknownReference, "REF");
        assertThat(wrongSecret.asString().replace(reference, "REF")).isEqualTo(expected);
        assertThat(noSecret.asString().replace(reference, "REF")).isEqualTo(expected);
        assertThat(garbage.asString().replace("not-a-reference", "REF")).isEqualTo(expected);
        assertThat(wrongSecret.contentType()).isEqualTo(unknown.contentType());
    }

    @Test
    void the_public_form_needs_no_account_and_validates_its_fields() {
        given().header("X-Forwarded-For", "203.0.113.91").contentType(ContentType.JSON)
                .body(Map.of("site", "ams-centrum", "category", "weather", "subject", "",
                        "description", "x", "contact", Map.of("email", "not-an-address")))
                .post("/api/public/complaints")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("X-Forwarded-For", "203.0.113.92").contentType(ContentType.JSON)
                .body(publicComplaint("nowhere", "service", "Geen winkel", null))
                .post("/api/public/complaints")
                .then().statusCode(422);
    }
}
