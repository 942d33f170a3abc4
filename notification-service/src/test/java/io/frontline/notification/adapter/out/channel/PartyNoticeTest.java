package io.frontline.notification.adapter.out.channel;

import io.agroal.api.AgroalDataSource;
import io.frontline.notification.ComplaintEvents;
import io.frontline.notification.ComplaintServiceStub;
import io.frontline.notification.Deliveries;
import io.frontline.notification.Events;
import io.frontline.notification.Events.Event;
import io.frontline.notification.Mails;
import io.frontline.notification.Mails.Mail;
import io.frontline.platform.events.complaint.ComplaintEventTypes;
import io.frontline.platform.events.procedure.ProcedureEventTypes;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class PartyNoticeTest {
    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void consumerRunning() {
        ComplaintEvents.awaitConsumerReady(dataSource);
    }

    @Test
    void the_complainant_gets_the_acknowledgement_in_their_language_with_reference_and_due_date() {
        String complaintId = UUID.randomUUID().toString();
        String reference = Events.reference("CMP");
        ComplaintServiceStub.contact(complaintId, reference, "k.jansen@example.org", "en", "2026-12-05");

        Event acknowledged = Events.of(ComplaintEventTypes.ACKNOWLEDGED_V1, d -> d.put("complaintId", complaintId)
                .put("reference", reference)).publish();

        await().atMost(Duration.ofSeconds(20)).until(() -> !ComplaintServiceStub.CALLS.isEmpty());
        assertThat(ComplaintServiceStub.CALLS).as("calls to complaint-service").noneMatch(c -> c.contains("rejected"));
        Mail mail = Mails.await("k.jansen@example.org", m -> m.subject().contains(reference), 1).get(0);
        assertThat(mail.subject()).isEqualTo("Your complaint " + reference + " has been received");
        assertThat(mail.text()).contains("We have received your complaint under reference " + reference,
                "(2026-12-05)", "December 5, 2026");
        assertThat(mail.html()).contains(reference, "2026-12-05");
        // complaint-service was asked with a token Keycloak issued to notification-service.
        assertThat(ComplaintServiceStub.CALLS).contains(complaintId + " notification-service")
                .doesNotContain(complaintId + " rejected");
        // The address is not kept: the delivery knows the complainant by complaint id only.
        Map<String, Object> delivery = Deliveries.ofEvent(acknowledged.eventId(), "complainant:" + complaintId, "email");
        assertThat(delivery).containsEntry("status", "sent");
        assertThat(Deliveries.ofEvent(acknowledged.eventId()).toString()).doesNotContain("k.jansen");
    }

    @Test
    void a_complainant_who_left_no_e_mail_is_not_written_to_and_that_is_no_error() {
        String complaintId = UUID.randomUUID().toString();

        Event acknowledged = Events.of(ComplaintEventTypes.ACKNOWLEDGED_V1, d -> d.put("complaintId", complaintId)
                .put("reference", Events.reference("CMP"))).publish();

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(Deliveries.ofEvent(acknowledged.eventId(), "complainant:" + complaintId, "email"))
                        .isNotNull().containsEntry("status", "suppressed").containsEntry("attempts", 0));
    }

    @Test
    void the_accused_gets_the_decision_and_the_missed_term_without_any_name_of_the_case() {
        String reference = Events.reference("UB");
        Events.of(ProcedureEventTypes.DECISION_TAKEN_V1, d -> d.put("reference", reference)).publish();
        Events.of(ProcedureEventTypes.TERM_MISSED_V1, d -> d.put("reference", reference)).publish();

        List<Mail> toAccused = Mails.await("daan.staff@demo-retail.example", m -> m.subject().contains(reference), 2);
        Mail decision = toAccused.stream().filter(m -> m.subject().contains("beslissing")).findFirst().orElseThrow();
        Mail termMissed = toAccused.stream().filter(m -> m.subject().contains("termijn")).findFirst().orElseThrow();
        assertThat(decision.text()).contains(reference, "Uitkomst: founded", "2027-01-11 11:00 UTC");
        assertThat(termMissed.text()).contains(reference, "'hearings'", "2026-12-02 09:00 UTC", "44 dagen",
                "2026-12-16 09:05 UTC");

        // No name of anyone in the directory (the complainant Emma de Vries, witnesses, colleagues), and no user ids.
        List<String> names = given().header("Authorization", bearer(user("ada.admin"))).get("/api/directory/people")
                .then().statusCode(200).extract().jsonPath().getList("name");
        assertThat(names).contains("Emma de Vries");
        for (Mail mail : toAccused) {
            for (String body : List.of(mail.subject(), mail.text(), mail.html())) {
                assertThat(body).doesNotContain(names.toArray(String[]::new))
                        .doesNotContain("emma.staff", "daan.staff", "Emma", "Vries");
            }
        }
        // The complainant gets both too.
        Mails.await("emma.staff@demo-retail.example", m -> m.subject().contains(reference), 2);
    }
}
