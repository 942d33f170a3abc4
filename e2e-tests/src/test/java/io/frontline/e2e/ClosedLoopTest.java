package io.frontline.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.localstack.demo.AbusiveCallStory;
import io.frontline.localstack.demo.AbusiveComplaintStory;
import io.frontline.localstack.demo.StackClient;
import io.frontline.localstack.demo.StackClient.Mail;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The closed loop end to end, against the stack started the way {@code bin/frontline up} starts it:
 * the same launcher, a temporary data folder and free ports, real Keycloak tokens, real SMTP, Kafka
 * and PostgreSQL, the services as processes from their packaged builds ({@link RunningStack}, shared with the
 * browser stories). Each test states what one person sees.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(RunningStack.class)
@org.junit.jupiter.api.Order(1) // the demo's first stories, on a fresh chain
class ClosedLoopTest {
    private static StackClient client;
    private static AbusiveCallStory call;
    private static AbusiveComplaintStory complaint;
    private static String measureId;

    @BeforeAll
    static void theStackRunsAsBinFrontlineUpStartsIt() {
        client = RunningStack.client();
        call = new AbusiveCallStory(client);
        complaint = new AbusiveComplaintStory(client);
    }

    @Test
    @Order(1)
    void an_abusive_call_confirmed_by_the_supervisor_leads_to_an_approved_one_month_contact_ban_that_stops_the_next_call() {
        call.streamAbusiveCall();

        JsonNode incident = call.confirmSuggestion();
        // Confirming the suggestion acknowledges the live alert's escalation: nobody above the supervisor is paged.
        assertThat(call.awaitLiveAlertEscalationsAcknowledged()).isNotEmpty().allSatisfy(escalation -> {
            assertThat(escalation.path("acknowledgedBy").asText()).isEqualTo(AbusiveCallStory.SUPERVISOR);
            assertThat(escalation.path("acknowledgedVia").asText()).isEqualTo("action");
        });
        assertThat(incident.path("source").asText()).isEqualTo("call-center-detection");
        assertThat(incident.path("site").asText()).isEqualTo(AbusiveCallStory.CALL_CENTER);
        assertThat(incident.path("perpetratorSubjectKey").asText()).isEqualTo(call.callerSubjectKey);
        assertThat(call.confirmIncident(incident.path("id").asText()).path("status").asText()).isEqualTo("confirmed");

        JsonNode proposal = call.awaitProposedBan();
        assertThat(proposal.path("type").asText()).isEqualTo("contact-ban");
        assertThat(proposal.path("duration").asText()).isEqualTo("P1M");
        assertThat(proposal.path("status").asText()).isEqualTo("proposed");
        assertThat(proposal.path("siteId").asText()).isEqualTo(AbusiveCallStory.CALL_CENTER);
        assertThat(proposal.path("proposal").path("incidentId").asText()).isEqualTo(incident.path("id").asText());
        assertThat(proposal.path("contact").path("channels").toString()).contains("phone");
        measureId = proposal.path("id").asText();

        JsonNode approved = call.approve(measureId);
        assertThat(approved.path("status").asText()).isIn("approved", "active");
        assertThat(approved.path("approvedBy").asText()).isNotBlank()
                .isNotEqualTo(proposal.path("proposal").path("proposedBy").asText());
        Instant start = Instant.parse(approved.path("startsAt").asText());
        Instant until = Instant.parse(approved.path("until").asText());
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        assertThat(until.atZone(amsterdam).toLocalDate())
                .isEqualTo(start.atZone(amsterdam).toLocalDate().plus(Period.ofMonths(1)));

        JsonNode check = call.checkNextCall(measureId);
        assertThat(check.path("banned").asBoolean()).as("ban check at the start of the next call").isTrue();
        assertThat(check.path("measureId").asText()).isEqualTo(measureId);
        assertThat(check.path("alternativeChannel").asText()).isEqualTo("written");
    }

    @Test
    @Order(2)
    void the_floor_supervisor_gets_a_live_alert_mail_naming_the_call() {
        Mail alert = call.awaitLiveAlertMail();
        assertThat(alert.to()).anyMatch(to -> to.contains(AbusiveCallStory.SUPERVISOR_MAIL));
        assertThat(alert.subject()).contains(call.callId);
        assertThat(alert.subject() + alert.text()).doesNotContain(call.callerPhone);
        assertThat(call.pagesAboveTheSupervisor()).as("mails about the call to the regional manager or HQ safety").isEmpty();
    }

    @Test
    @Order(3)
    void the_call_centers_manager_gets_a_violation_notice_naming_the_ban_and_the_site() {
        assumeTrue(measureId != null, "the ban of the first story exists");
        Mail notice = call.awaitViolationMail(measureId);
        assertThat(notice.text()).contains(measureId).contains(AbusiveCallStory.CALL_CENTER);
        assertThat(notice.subject() + notice.text()).doesNotContain(call.callerPhone);
    }

    @Test
    @Order(4)
    void a_reasonable_complaint_in_abusive_words_opens_an_incident_and_is_still_answered_within_its_term() {
        JsonNode filed = complaint.fileComplaint();
        assertThat(filed.path("reference").asText()).matches("CMP-\\d{4}-\\d{6}");
        LocalDate due = LocalDate.parse(filed.path("responseDue").asText());

        JsonNode inbox = complaint.awaitInboxEntry();
        assertThat(inbox.path("eventType").asText()).isEqualTo("frontline.complaint.received.v1");

        JsonNode judged = complaint.confirmAbusiveManner();
        assertThat(judged.path("conduct").path("demand").asText()).isEqualTo("reasonable");
        assertThat(judged.path("conduct").path("manner").asText()).isEqualTo("abusive");
        assertThat(judged.path("status").asText()).as("the judgement does not close the complaint")
                .isNotIn("resolved", "rejected");

        JsonNode incident = complaint.awaitIncidentFromComplaint();
        assertThat(incident.path("source").asText()).isEqualTo("complaint-flag");
        assertThat(incident.path("site").asText()).isEqualTo(AbusiveComplaintStory.SITE);

        JsonNode resolved = complaint.resolve();
        Instant answered = Instant.now();
        assertThat(resolved.path("status").asText()).isEqualTo("resolved");
        assertThat(LocalDate.parse(resolved.path("responseDue").asText())).as("the term was not moved").isEqualTo(due);
        assertThat(answered).as("answered within its term").isBefore(Instant.parse(resolved.path("dueAt").asText()));
        assertThat(complaint.publicStatus().path("status").asText()).as("what the customer sees").isEqualTo("resolved");
    }

    @Test
    @Order(5)
    void the_customer_gets_an_acknowledgement_with_the_reference_and_the_due_date() {
        assumeTrue(complaint.reference() != null, "the complaint of the second story was filed");
        JsonNode status = complaint.publicStatus();
        Mail acknowledgement = complaint.awaitAcknowledgementMail();
        assertThat(acknowledgement.to()).anyMatch(to -> to.contains(complaint.customerEmail));
        assertThat(acknowledgement.subject()).contains(complaint.reference());
        assertThat(acknowledgement.text()).contains(status.path("responseDue").asText());
    }
}
