package io.frontline.notification.adapter.in.rest;

import io.agroal.api.AgroalDataSource;
import io.frontline.notification.ComplaintEvents;
import io.frontline.notification.ComplaintServiceStub;
import io.frontline.notification.Deliveries;
import io.frontline.notification.Events;
import io.frontline.notification.Events.Event;
import io.frontline.notification.Inboxes;
import io.frontline.platform.events.complaint.ComplaintEventTypes;
import io.frontline.platform.events.sanction.SanctionEventTypes;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.List;
import java.util.UUID;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * A customer's request by subject key (issue 17): HQ safety or an admin sees the notices sent to the customer and the
 * notices to staff about them; erasure deletes what was sent and takes the key out of the notices to staff, but keeps
 * a notice that still waits to be sent, saying why. The mails to a complainant carry no key: they are the customer's
 * when complaint-service names the complaint. Through the real database, broker and mail server.
 */
@QuarkusTest
class CustomerSubjectDataTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String DELIVERIES = "held.find { it.kind == 'deliveries' }.items";
    private static final String INBOX = "held.find { it.kind == 'inbox-entries' }.items";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void consumerRunning() {
        ComplaintEvents.awaitConsumerReady(dataSource);
    }

    @Test
    void hq_safety_sees_the_customers_notices_and_erasure_keeps_only_a_notice_still_waiting_to_be_sent() throws Exception {
        String subject = subjectKey();
        ComplaintServiceStub.subjectContact(subject, "l.devries." + UUID.randomUUID() + "@example.org", "nl");
        Event late = Events.of(SanctionEventTypes.OBJECTION_TERM_MISSED_V1, d -> d.put("subjectKey", subject)
                .put("noticeReference", "BN-SUBJ-0001").put("siteId", "utr-centraal")
                .put("decisionDue", "2026-11-24T23:00:00Z").put("expectedBy", "2026-12-01T23:00:00Z")).publish();
        Event outcome = Events.of(SanctionEventTypes.OBJECTION_DECIDED_V1, d -> d.put("subjectKey", subject)
                .put("measureType", "entry-ban").put("siteId", "utr-centraal").put("outcome", "shortened")
                .put("until", "2026-12-03T11:02:00Z")).publish();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(Deliveries.ofEvent(late.eventId(), "customer:" + subject, "email")).isNotNull();
            assertThat(Deliveries.ofEvent(outcome.eventId(), "customer:" + subject, "email")).isNotNull();
            assertThat(Inboxes.entries("bram.manager", false))
                    .anyMatch(e -> late.eventId().toString().equals(e.get("eventId")));
        });
        // Whatever the mail server did meanwhile: the notice of the missed term was sent, the outcome's mail failed
        // once and waits for its next attempt — it must still reach the customer.
        setStatus(late.eventId(), "customer:" + subject, "EMAIL", "'SENT', sent_at = now(), next_attempt_at = NULL");
        setStatus(outcome.eventId(), "customer:" + subject, "EMAIL",
                "'RETRYING', next_attempt_at = now() + interval '1 day', sent_at = NULL");
        // Each customer notice also has its text message, which stands down when the customer has an e-mail address
        for (Event event : List.of(late, outcome)) {
            setStatus(event.eventId(), "customer:" + subject, "SMS", "'SUPPRESSED', next_attempt_at = NULL");
        }

        given().header("Authorization", bearer(user("henk.hq"))).get("/api/subjects/" + subject + "/data").then()
                .statusCode(200).body("service", equalTo("notification-service")).body("subjectKey", equalTo(subject))
                .body(DELIVERIES + ".findAll { it.toTheCustomer && it.channel == 'email' }", hasSize(2))
                .body(DELIVERIES + ".findAll { !it.toTheCustomer }.size()", not(equalTo(0)))
                .body(DELIVERIES + ".reference", hasItem("BN-SUBJ-0001"))
                .body(INBOX + ".eventType", hasItem(SanctionEventTypes.OBJECTION_TERM_MISSED_V1));
        given().header("Authorization", bearer(user("sanne.manager"))).delete("/api/subjects/" + subject + "/data")
                .then().statusCode(403).contentType("application/problem+json");

        String waiting = Deliveries.ofEvent(outcome.eventId(), "customer:" + subject, "email").get("id").toString();
        given().header("Authorization", bearer(user("ada.admin"))).delete("/api/subjects/" + subject + "/data").then()
                .statusCode(200).body("erased.find { it.kind == 'deliveries' }.count", not(equalTo(0)))
                .body("erased.find { it.kind == 'inbox-entries' }.count", not(equalTo(0)))
                .body("kept.reference", hasItem(waiting)).body("kept.kind", everyItem(equalTo("deliveries")))
                .body("kept.reason", everyItem(containsString("waiting to be sent")));

        given().header("Authorization", bearer(user("henk.hq"))).get("/api/subjects/" + subject + "/data").then()
                .statusCode(200).body(DELIVERIES + ".findAll { it.toTheCustomer }.id", contains(waiting))
                .body(DELIVERIES + ".findAll { !it.toTheCustomer }.status", everyItem(not(equalTo("sent"))))
                .body(INBOX + ".eventType", not(hasItem(SanctionEventTypes.OBJECTION_TERM_MISSED_V1)));
        // bram.manager keeps his notice of the missed term; it no longer names the customer.
        assertThat(Inboxes.entries("bram.manager", false)).anyMatch(e -> late.eventId().toString().equals(e.get("eventId")));
        given().header("Authorization", bearer(user("henk.hq"))).queryParam("kind", "subject-data")
                .get("/api/audit/confidential-reads").then().statusCode(200)
                .body("items.findAll { it.target == '" + subject + "' && it.outcome == 'granted' }.actor",
                        contains("henk.hq", "ada.admin", "henk.hq"));
        given().header("Authorization", bearer(user("henk.hq"))).get("/api/subjects/sk1_short/data").then()
                .statusCode(404);
    }

    @Test
    void the_mails_to_a_complainant_are_found_and_erased_only_by_the_ids_of_the_customers_complaints() throws Exception {
        String subject = subjectKey();
        String complaintId = UUID.randomUUID().toString();
        String reference = Events.reference("CMP");
        ComplaintServiceStub.contact(complaintId, reference, "m.bakker." + UUID.randomUUID() + "@example.org", "nl",
                "2026-12-05", reference.toLowerCase() + "." + UUID.randomUUID().toString().replace("-", "").substring(0, 24));
        Event acknowledged = Events.of(ComplaintEventTypes.ACKNOWLEDGED_V1, d -> d.put("complaintId", complaintId)
                .put("reference", reference)).publish();
        Event asked = Events.of(ComplaintEventTypes.QUESTION_ASKED_V1, d -> d.put("complaintId", complaintId)
                .put("reference", reference)).publish();
        String recipient = "complainant:" + complaintId;
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(Deliveries.ofEvent(acknowledged.eventId(), recipient, "email")).containsEntry("status", "sent");
            assertThat(Deliveries.ofEvent(asked.eventId(), recipient, "email")).containsEntry("status", "sent");
        });
        String acknowledgement = Deliveries.ofEvent(acknowledged.eventId(), recipient, "email").get("id").toString();
        // The question's mail failed once and waits for its next attempt: it must still reach the complainant.
        setStatus(asked.eventId(), recipient, "EMAIL", "'RETRYING', next_attempt_at = now() + interval '1 day', "
                + "sent_at = NULL");
        String question = Deliveries.ofEvent(asked.eventId(), recipient, "email").get("id").toString();

        // Without the complaint's id the mails are not the customer's (they carry no subject key)...
        given().header("Authorization", bearer(user("henk.hq"))).get("/api/subjects/" + subject + "/data").then()
                .statusCode(200).body(DELIVERIES + ".id", not(hasItem(acknowledgement)));
        // ... with it they are, as sent to the customer.
        given().header("Authorization", bearer(user("henk.hq"))).queryParam("complaint", complaintId)
                .get("/api/subjects/" + subject + "/data").then().statusCode(200)
                .body(DELIVERIES + ".find { it.id == '" + acknowledgement + "' }.toTheCustomer", equalTo(true))
                .body(DELIVERIES + ".find { it.id == '" + acknowledgement + "' }.eventType",
                        equalTo(ComplaintEventTypes.ACKNOWLEDGED_V1))
                .body(DELIVERIES + ".find { it.id == '" + acknowledgement + "' }.reference", equalTo(reference))
                .body(DELIVERIES + ".find { it.id == '" + question + "' }.status", equalTo("retrying"));

        // A malformed id, or too many, is a 400 problem that changes nothing and does not repeat the value.
        given().header("Authorization", bearer(user("ada.admin"))).queryParam("complaint", "not-a-complaint-id")
                .delete("/api/subjects/" + subject + "/data").then().statusCode(400)
                .contentType("application/problem+json").body("detail", not(containsString("not-a-complaint-id")));
        given().header("Authorization", bearer(user("ada.admin")))
                .queryParam("complaint", Collections.nCopies(201, complaintId).toArray())
                .delete("/api/subjects/" + subject + "/data").then().statusCode(400)
                .contentType("application/problem+json");
        assertThat(Deliveries.ofEvent(acknowledged.eventId(), recipient, "email")).isNotNull();

        // Erasure without the id leaves the mails; with it the sent one goes, the waiting one is kept with the reason.
        given().header("Authorization", bearer(user("ada.admin"))).delete("/api/subjects/" + subject + "/data")
                .then().statusCode(200).body("kept", hasSize(0));
        assertThat(Deliveries.ofEvent(acknowledged.eventId(), recipient, "email")).isNotNull();
        given().header("Authorization", bearer(user("ada.admin"))).queryParam("complaint", complaintId)
                .delete("/api/subjects/" + subject + "/data").then().statusCode(200)
                .body("erased.find { it.kind == 'deliveries' }.count", equalTo(1))
                .body("kept.reference", contains(question))
                .body("kept.reason", everyItem(containsString("waiting to be sent")));
        assertThat(Deliveries.ofEvent(acknowledged.eventId(), recipient, "email")).isNull();
        given().header("Authorization", bearer(user("henk.hq"))).queryParam("complaint", complaintId)
                .get("/api/subjects/" + subject + "/data").then().statusCode(200)
                .body(DELIVERIES + ".id", contains(question));
    }

    private void setStatus(UUID eventId, String recipientId, String channel, String status) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE delivery SET version = version + 1, status = " + status
                        + " WHERE event_id = ? AND recipient_id = ? AND channel = ?")) {
            s.setObject(1, eventId);
            s.setString(2, recipientId);
            s.setString(3, channel);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static String subjectKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "sk1_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
