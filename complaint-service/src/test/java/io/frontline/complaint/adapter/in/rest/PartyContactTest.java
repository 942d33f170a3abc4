package io.frontline.complaint.adapter.in.rest;

import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.frontline.complaint.Api.as;
import static io.frontline.complaint.Api.asClient;
import static io.frontline.complaint.Api.at;
import static io.frontline.complaint.Api.filePublic;
import static io.frontline.complaint.Api.publicComplaint;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/** notification-service, and only it, reads the complainant's address to send their acknowledgement. */
@QuarkusTest
class PartyContactTest {
    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    @Test
    void notification_service_gets_the_complainants_email_language_and_due_date() {
        at("2029-03-05T09:00:00Z");
        Map<String, Object> body = new HashMap<>(publicComplaint("ams-centrum", "product",
                "The blender broke after one week.", Map.of("name", "Jane Doe", "email", "jane.doe@example.org")));
        body.put("language", "en");
        var filed = filePublic(body).extract();
        String reference = filed.path("reference");
        String id = ComplaintWorkflowTest.idOf(reference);

        asClient("notification-service").get(path(id))
                .then().statusCode(200).contentType("application/json")
                .body("reference", equalTo(reference))
                .body("email", equalTo("jane.doe@example.org"))
                .body("language", equalTo("en"))
                .body("responseDue", equalTo("2029-03-19"));
    }

    @Test
    void another_integration_client_or_a_person_is_refused() {
        String id = ComplaintWorkflowTest.idOf(filePublic(publicComplaint("utr-centraal", "product",
                "Kapot geleverd.", Map.of("email", "klant@example.org"))).extract().path("reference"));

        // Tokens of this service without the client role party-contact: 403; the door system's is not for this service.
        for (String client : new String[]{"callcenter-platform", "mail-gateway"}) {
            asClient(client).get(path(id))
                    .then().statusCode(403).contentType("application/problem+json")
                    .body(not(containsString("klant@example.org")));
        }
        asClient("door-system").get(path(id)).then().statusCode(401).body(not(containsString("klant@example.org")));
        as("emma.staff").get(path(id)).then().statusCode(403).contentType("application/problem+json");
        as("henk.hq").get(path(id)).then().statusCode(403);
        io.restassured.RestAssured.given().get(path(id)).then().statusCode(401);
    }

    @Test
    void an_unknown_complaint_or_one_without_an_email_is_not_found() {
        asClient("notification-service").get(path(UUID.randomUUID().toString()))
                .then().statusCode(404).contentType("application/problem+json");

        String phoneOnly = ComplaintWorkflowTest.idOf(filePublic(publicComplaint("ein-centrum", "product",
                "Bel mij terug.", Map.of("phone", "06 1111 2222"))).extract().path("reference"));
        asClient("notification-service").get(path(phoneOnly))
                .then().statusCode(404).contentType("application/problem+json");

        String anonymous = ComplaintWorkflowTest.idOf(filePublic(publicComplaint("ein-centrum", "product",
                "Geen contactgegevens.", null)).extract().path("reference"));
        asClient("notification-service").get(path(anonymous))
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static String path(String complaintId) {
        return "/api/internal/complaints/" + complaintId + "/party-contact";
    }
}
