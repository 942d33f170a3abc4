package io.frontline.complaint.adapter.in.rest;

import io.frontline.platform.security.IdentifierKind;
import io.frontline.platform.security.SubjectKeys;
import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.frontline.complaint.Api.as;
import static io.frontline.complaint.Api.asClient;
import static io.frontline.complaint.Api.at;
import static io.frontline.complaint.Api.filePublic;
import static io.frontline.complaint.Api.publicComplaint;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * A banned customer is written to at the address of their own complaints (issue 17): notification-service, and only
 * it, asks complaint-service by subject key; the newest complaint with an e-mail gives the address, the newest with a
 * phone number the number (a customer known only by phone gets a text message), the newest of either the language.
 */
@QuarkusTest
class SubjectContactTest {
    @Inject
    SubjectKeys subjectKeys;

    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    @Test
    void notification_service_gets_the_email_and_language_of_the_customers_newest_complaint() {
        String email = "kenji." + System.nanoTime() + "@example.jp";
        at("2029-05-01T09:00:00Z");
        file("en", email);
        at("2029-05-03T09:00:00Z");
        file("ja", email);
        String key = subjectKeys.of(IdentifierKind.EMAIL, email).value();

        asClient("notification-service").get(path(key)).then().statusCode(200)
                .body("email", equalTo(email)).body("language", equalTo("ja"));
    }

    @Test
    void a_customer_known_only_by_phone_is_answered_with_the_number_and_no_email() {
        String phone = "+31 6 " + (10_000_000 + (System.nanoTime() % 89_999_999));
        file("ja", Map.of("phone", phone));
        String key = subjectKeys.of(IdentifierKind.PHONE, phone).value();

        asClient("notification-service").get(path(key)).then().statusCode(200)
                .body("phone", equalTo(phone)).body("email", nullValue()).body("language", equalTo("ja"));
    }

    @Test
    void a_customer_with_both_is_answered_with_the_email_and_the_phone_of_their_complaints() {
        String email = "both." + System.nanoTime() + "@example.org";
        String phone = "+31 6 " + (10_000_000 + (System.nanoTime() % 89_999_999));
        at("2029-06-01T09:00:00Z");
        file("en", Map.of("email", email, "phone", phone));
        at("2029-06-03T09:00:00Z");
        file("nl", Map.of("email", email));
        String key = subjectKeys.of(IdentifierKind.EMAIL, email).value();

        asClient("notification-service").get(path(key)).then().statusCode(200)
                .body("email", equalTo(email)).body("phone", equalTo(phone)).body("language", equalTo("nl"));
    }

    @Test
    void another_client_or_a_person_is_refused_and_an_unknown_customer_is_not_found() {
        String email = "klant." + System.nanoTime() + "@example.org";
        file("nl", email);
        String key = subjectKeys.of(IdentifierKind.EMAIL, email).value();

        // The door system's token is for sanction-service only; the call-center platform's is for this service but
        // without the client role subject-contact.
        asClient("door-system").get(path(key)).then().statusCode(401).body(not(containsString(email)));
        asClient("callcenter-platform").get(path(key)).then().statusCode(403).contentType("application/problem+json")
                .body(not(containsString(email)));
        as("henk.hq").get(path(key)).then().statusCode(403);
        asClient("notification-service").get(path(subjectKeys.of(IdentifierKind.EMAIL, "nobody@example.org").value()))
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static void file(String language, String email) {
        file(language, Map.of("email", email));
    }

    private static void file(String language, Map<String, Object> contact) {
        Map<String, Object> body = new HashMap<>(publicComplaint("ams-centrum", "product",
                "The staff refused to serve me.", contact));
        body.put("language", language);
        filePublic(body).statusCode(201);
    }

    private static String path(String subjectKey) {
        return "/api/internal/subjects/" + subjectKey + "/contact";
    }
}
