package io.frontline.complaint.adapter.in.rest;

import io.agroal.api.AgroalDataSource;
import io.frontline.platform.events.complaint.ComplaintEventTypes;
import io.frontline.platform.testing.MutableClock;
import io.frontline.platform.testing.contracts.ContractAssertions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.frontline.complaint.Api.as;
import static io.frontline.complaint.Api.at;
import static io.frontline.complaint.Api.eventPayloads;
import static io.frontline.complaint.Api.eventTypes;
import static io.frontline.complaint.Api.filePublic;
import static io.frontline.complaint.Api.publicClient;
import static io.frontline.complaint.Api.publicComplaint;
import static io.frontline.complaint.Api.step;
import static io.frontline.complaint.Api.track;
import static io.frontline.complaint.adapter.in.rest.ComplaintWorkflowTest.idOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** Seed 002: a complainant who is not satisfied can ask for escalation from the tracking page, with a reason. */
@QuarkusTest
class EscalationRequestTest {
    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    @Test
    void a_request_from_tracking_appears_on_the_handlers_timeline_and_tells_the_site_manager_without_changing_the_level()
            throws Exception {
        var filed = filePublic(publicComplaint("ams-centrum", "service", "Niemand belt terug.", null)).extract();
        String reference = filed.path("reference");
        String secret = filed.path("trackingSecret");
        String id = idOf(reference);

        request(reference, secret, Map.of("level", "management", "reason", "Al drie weken geen antwoord"))
                .statusCode(200)
                .body("escalation", nullValue())
                .body("messages.find { it.code == 'complaint.escalation-requested' }.params.level",
                        equalTo("management"))
                .body("messages.find { it.code == 'complaint.escalation-requested' }.text",
                        equalTo("Al drie weken geen antwoord"))
                .body("messages.find { it.code == 'complaint.escalation-requested' }.from", equalTo("you"));

        as("chris.handler").get("/api/complaints/" + id + "/timeline").then().statusCode(200)
                .body("find { it.code == 'complaint.escalation-requested' }.actor", equalTo("complainant"))
                .body("find { it.code == 'complaint.escalation-requested' }.params.level", equalTo("management"))
                .body("find { it.code == 'complaint.escalation-requested' }.text",
                        equalTo("Al drie weken geen antwoord"))
                .body("find { it.code == 'complaint.escalation-requested' }.visibility", equalTo("complainant"));
        as("chris.handler").get("/api/complaints/" + id).then().body("escalation", nullValue());

        assertThat(eventTypes(dataSource, id)).endsWith(ComplaintEventTypes.ESCALATION_REQUESTED_V1);
        var payloads = eventPayloads(dataSource, id);
        String payload = payloads.get(payloads.size() - 1);
        ContractAssertions.assertMatchesContract(payload);
        assertThat(payload).contains("\"level\":\"management\"").doesNotContain("drie weken");
    }

    @Test
    void a_wrong_secret_is_answered_like_an_unknown_reference_and_records_nothing() throws Exception {
        var filed = filePublic(publicComplaint("ams-centrum", "product", "Kapot geleverd.", null)).extract();
        String reference = filed.path("reference");
        String id = idOf(reference);
        Map<String, Object> body = Map.of("level", "management", "reason", "Geen reactie");

        request(reference, "not-the-secret", body).statusCode(404).contentType("application/problem+json");
        request(reference, null, body).statusCode(404);
        request("CMP-1999-000001", "whatever", body).statusCode(404).contentType("application/problem+json");

        as("chris.handler").get("/api/complaints/" + id + "/timeline").then()
                .body("code", org.hamcrest.Matchers.not(hasItem("complaint.escalation-requested")));
        assertThat(eventTypes(dataSource, id)).doesNotContain(ComplaintEventTypes.ESCALATION_REQUESTED_V1);
    }

    @Test
    void a_request_needs_a_known_level_and_a_reason_of_reasonable_length() {
        var filed = filePublic(publicComplaint("ams-centrum", "product", "Kapot geleverd.", null)).extract();
        String reference = filed.path("reference");
        String secret = filed.path("trackingSecret");

        request(reference, secret, Map.of("level", "management")).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("reason"));
        request(reference, secret, Map.of("level", "management", "reason", " ")).statusCode(400);
        request(reference, secret, Map.of("level", "management", "reason", "x".repeat(2001))).statusCode(400);
        request(reference, secret, Map.of("level", "ceo", "reason", "Hoger")).statusCode(400)
                .contentType("application/problem+json");
        track(reference, secret).statusCode(200)
                .body("messages.code", org.hamcrest.Matchers.not(hasItem("complaint.escalation-requested")));
    }

    @Test
    void only_a_level_above_the_present_one_and_within_thirty_days_of_closure_can_be_requested() {
        at("2027-05-03T10:00:00Z");
        var filed = filePublic(publicComplaint("ams-centrum", "delivery", "Nooit geleverd.", null)).extract();
        String reference = filed.path("reference");
        String secret = filed.path("trackingSecret");
        String id = idOf(reference);
        step("chris.handler", id, "start", null).statusCode(200);
        step("sanne.manager", id, "escalate", Map.of("level", "management", "reason", "Grote order")).statusCode(200);

        request(reference, secret, Map.of("level", "management", "reason", "Nogmaals")).statusCode(409)
                .contentType("application/problem+json");

        step("chris.handler", id, "resolve", Map.of("text", "Alsnog geleverd.")).statusCode(200);
        MutableClock.shared().advance(Duration.ofDays(29));
        request(reference, secret, Map.of("level", "external-committee", "reason", "Schade niet vergoed"))
                .statusCode(200).body("status", equalTo("resolved")).body("escalation", equalTo("management"));

        MutableClock.shared().advance(Duration.ofDays(2));
        request(reference, secret, Map.of("level", "external-committee", "reason", "Nog steeds niet"))
                .statusCode(409).contentType("application/problem+json");
    }

    private static ValidatableResponse request(String reference, String secret, Map<String, Object> body) {
        var request = publicClient();
        if (secret != null) {
            request = request.header("X-Tracking-Secret", secret);
        }
        return request.body(body).post("/api/public/complaints/" + reference + "/escalation-requests").then();
    }
}
