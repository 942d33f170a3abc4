package io.frontline.complaint.adapter.in.rest;

import io.agroal.api.AgroalDataSource;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.Topics;
import io.frontline.platform.events.complaint.ComplaintEventTypes;
import io.frontline.platform.testing.infra.KafkaServer;
import io.frontline.platform.testing.infra.TopicClient;
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
import static io.frontline.complaint.Api.filePublic;
import static io.frontline.complaint.Api.publicClient;
import static io.frontline.complaint.Api.publicComplaint;
import static io.frontline.complaint.Api.step;
import static io.frontline.complaint.Api.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The complaints procedure of seed 002, step by step over REST, with its events. */
@QuarkusTest
class ComplaintWorkflowTest {
    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    @Test
    void a_public_complaint_goes_through_the_whole_procedure_and_every_step_is_on_the_timeline() throws Exception {
        var filed = filePublic(publicComplaint("ams-centrum", "billing", "Twee keer afgeschreven voor één abonnement.",
                Map.of("name", "Jan Jansen", "email", "jan.jansen@example.nl")))
                .body("reference", matchesPattern("CMP-\\d{4}-\\d{6}"))
                .body("trackingSecret", notNullValue())
                .body("status", equalTo("acknowledged"))
                .extract();
        String reference = filed.path("reference");
        String secret = filed.path("trackingSecret");
        String id = idOf(reference);

        step("chris.handler", id, "assign", Map.of("assignee", "chris.handler")).statusCode(200)
                .body("assignee", equalTo("chris.handler"));
        step("chris.handler", id, "start", null).statusCode(200).body("status", equalTo("in-progress"));
        step("chris.handler", id, "wait-for-complainant", Map.of("text", "Kunt u het bankafschrift sturen?"))
                .statusCode(200).body("status", equalTo("waiting-for-complainant")).body("termPaused", equalTo(true));

        track(reference, secret).statusCode(200).body("waitingForYou", equalTo(true))
                .body("messages.text", hasItem("Kunt u het bankafschrift sturen?"));
        publicClient().header("X-Tracking-Secret", secret).body(Map.of("text", "Zie bijlage, twee keer 12,99."))
                .post("/api/public/complaints/" + reference + "/messages")
                .then().statusCode(200).body("status", equalTo("in-progress"));

        step("chris.handler", id, "messages", Map.of("visibility", "internal", "text", "Bank bevestigt dubbele incasso"))
                .statusCode(200);
        step("chris.handler", id, "messages", Map.of("visibility", "complainant", "text", "Wij storten het terug."))
                .statusCode(200);
        track(reference, secret).statusCode(200)
                .body("messages.text", hasItem("Wij storten het terug."))
                .body("messages.text", not(hasItem("Bank bevestigt dubbele incasso")))
                .body("messages.from", hasItems("us", "you"));

        step("chris.handler", id, "resolve", Map.of("text", "Het dubbel afgeschreven bedrag is teruggestort."))
                .statusCode(200).body("status", equalTo("resolved"));
        step("sanne.manager", id, "escalate", Map.of("level", "management", "reason", "Klant wil een vergoeding"))
                .statusCode(200).body("escalation", equalTo("management"));
        track(reference, secret).statusCode(200).body("escalation", equalTo("management"))
                .body("escalationOptions.level", contains("external-committee"))
                .body("messages.find { it.code == 'complaint.escalated' }.params.level", equalTo("management"))
                .body("messages.find { it.code == 'complaint.escalated' }.text", equalTo("Klant wil een vergoeding"))
                .body("escalationOptions.code", contains("complaint.escalation-option.external-committee"))
                .body("reopenableUntil", notNullValue());

        publicClient().header("X-Tracking-Secret", secret).body(Map.of("reason", "Nog steeds niets ontvangen"))
                .post("/api/public/complaints/" + reference + "/reopen")
                .then().statusCode(200).body("status", equalTo("in-progress"));
        step("chris.handler", id, "reject", Map.of("reason",
                "Het bedrag staat sinds 3 november weer op uw rekening; bankafschrift bijgevoegd."))
                .statusCode(200).body("status", equalTo("rejected"));

        as("chris.handler").get("/api/complaints/" + id + "/timeline").then().statusCode(200)
                .body("action", contains("received", "acknowledged", "assigned", "in-progress",
                        "waiting-for-complainant", "complainant-message", "resumed", "note", "message", "resolved",
                        "escalated", "reopened", "rejected"))
                .body("find { it.action == 'assigned' }.actor", equalTo("chris.handler"))
                .body("find { it.action == 'note' }.visibility", equalTo("internal"));

        // The question is an event too: notification-service mails it to the complainant (no text in it).
        assertThat(eventTypes(dataSource, id)).containsExactly(ComplaintEventTypes.RECEIVED_V1,
                ComplaintEventTypes.ACKNOWLEDGED_V1, ComplaintEventTypes.ASSIGNED_V1,
                ComplaintEventTypes.QUESTION_ASKED_V1, ComplaintEventTypes.RESOLVED_V1,
                ComplaintEventTypes.ESCALATED_V1, ComplaintEventTypes.REOPENED_V1, ComplaintEventTypes.REJECTED_V1);
        List<String> published = new TopicClient(KafkaServer.shared().bootstrapServers())
                .await(Topics.COMPLAINTS, r -> id.equals(r.key()), 8, Duration.ofSeconds(15)).stream()
                .map(r -> EventCodec.decode(r.value()).type()).toList();
        assertThat(published).containsExactlyElementsOf(eventTypes(dataSource, id));
        // Who acted travels with the event: acting on a complaint acknowledges its escalation (issue 15).
        List<String> payloads = eventPayloads(dataSource, id);
        assertThat(payloads.get(2)).contains("\"actedBy\":\"chris.handler\"");
        assertThat(payloads.get(4)).contains("\"actedBy\":\"chris.handler\"");
        assertThat(payloads.get(5)).contains("\"actedBy\":\"sanne.manager\"");
        assertThat(payloads.get(7)).contains("\"actedBy\":\"chris.handler\"");
        for (String payload : eventPayloads(dataSource, id)) {
            ContractAssertions.assertMatchesContract(payload);
            assertThat(payload).doesNotContain("jan.jansen", "Jansen", "Twee keer afgeschreven",
                    "bankafschrift bijgevoegd", "bankafschrift sturen");
        }
    }

    @Test
    void steps_the_state_does_not_allow_are_refused_with_409() {
        String id = fileAs("emma.staff", "ams-centrum", "product", "in-store").extract().path("id");
        step("chris.handler", id, "acknowledge", null).statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409));
        step("chris.handler", id, "resolve", Map.of("text", "Opgelost")).statusCode(409);
        step("chris.handler", id, "resume", null).statusCode(409);
        publicClient().header("X-Tracking-Secret", "x").body(Map.of()).post("/api/public/complaints/CMP-2000-000001/reopen")
                .then().statusCode(404);
        step("chris.handler", id, "start", null).statusCode(200);
        step("chris.handler", id, "start", null).statusCode(409);
        step("chris.handler", id, "escalate", Map.of("level", "external-committee", "reason", "Ernstig")).statusCode(200);
        step("chris.handler", id, "escalate", Map.of("level", "management", "reason", "Terug omlaag"))
                .statusCode(409).contentType("application/problem+json");
        step("chris.handler", id, "resolve", Map.of("text", "Product vervangen")).statusCode(200);
        step("chris.handler", id, "resolve", Map.of("text", "Nog eens")).statusCode(409);
        step("chris.handler", id, "wait-for-complainant", Map.of("text", "Vraag")).statusCode(409);
        step("chris.handler", id, "assign", Map.of("assignee", "chris.handler")).statusCode(409);
    }

    @Test
    void a_site_whose_policy_acknowledges_by_hand_keeps_a_complaint_received_until_a_handler_acknowledges_it()
            throws Exception {
        String id = fileAs("henk.hq", "ein-centrum", "service", "phone").extract().path("id");
        step("yara.handler", id, "start", null).statusCode(409);
        step("yara.handler", id, "acknowledge", null).statusCode(200).body("status", equalTo("acknowledged"));
        assertThat(eventTypes(dataSource, id)).containsExactly(ComplaintEventTypes.RECEIVED_V1,
                ComplaintEventTypes.ACKNOWLEDGED_V1);
    }

    @Test
    void a_complainant_can_reopen_within_thirty_days_of_closure_but_not_after() {
        at("2027-06-01T10:00:00Z");
        var filed = fileAs("emma.staff", "ams-centrum", "delivery", "phone").extract();
        String id = filed.path("id");
        String reference = filed.path("reference");
        String secret = filed.path("trackingSecret");
        step("chris.handler", id, "start", null).statusCode(200);
        step("chris.handler", id, "resolve", Map.of("text", "Nieuwe levering gepland")).statusCode(200);

        MutableClock.shared().advance(Duration.ofDays(31));
        publicClient().header("X-Tracking-Secret", secret).body(Map.of("reason", "Weer niet geleverd"))
                .post("/api/public/complaints/" + reference + "/reopen")
                .then().statusCode(422).contentType("application/problem+json");
        track(reference, secret).statusCode(200).body("status", equalTo("resolved"));

        at("2027-06-20T10:00:00Z");
        publicClient().header("X-Tracking-Secret", secret).body(Map.of("reason", "Weer niet geleverd"))
                .post("/api/public/complaints/" + reference + "/reopen")
                .then().statusCode(200).body("status", equalTo("in-progress"))
                .body("responseDue", equalTo("2027-07-04"));
    }

    @Test
    void rejecting_needs_a_reason_and_a_handler_role() {
        String id = fileAs("emma.staff", "ams-centrum", "service", "phone").extract().path("id");
        step("chris.handler", id, "start", null).statusCode(200);
        step("emma.staff", id, "reject", Map.of("reason", "Geen grond voor deze klacht, alles was in orde."))
                .statusCode(403);
        step("chris.handler", id, "reject", Map.of()).statusCode(422).body("errors.field", hasItem("reason"));
        as("chris.handler").get("/api/complaints/" + id).then().body("status", equalTo("in-progress"))
                .body("conduct", nullValue());
    }

    static String idOf(String reference) {
        return as("henk.hq").get("/api/complaints/by-reference/" + reference).then().statusCode(200)
                .extract().path("id");
    }
}
