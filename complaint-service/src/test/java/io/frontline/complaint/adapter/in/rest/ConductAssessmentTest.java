package io.frontline.complaint.adapter.in.rest;

import io.agroal.api.AgroalDataSource;
import io.frontline.complaint.adapter.in.scheduling.ComplaintJobs;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventEnvelope;
import io.frontline.platform.events.Topics;
import io.frontline.platform.events.complaint.ComplaintEventTypes;
import io.frontline.platform.security.IdentifierKind;
import io.frontline.platform.security.SubjectKeys;
import io.frontline.platform.testing.MutableClock;
import io.frontline.platform.testing.contracts.ContractAssertions;
import io.frontline.platform.testing.infra.KafkaServer;
import io.frontline.platform.testing.infra.TopicClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.frontline.complaint.Api.as;
import static io.frontline.complaint.Api.at;
import static io.frontline.complaint.Api.fileAs;
import static io.frontline.complaint.Api.eventTypes;
import static io.frontline.complaint.Api.filePublic;
import static io.frontline.complaint.Api.publicComplaint;
import static io.frontline.complaint.Api.step;
import static io.frontline.complaint.Api.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/** Seed 000: a legitimate complaint is never dismissed as harassment, however it was voiced. */
@QuarkusTest
class ConductAssessmentTest {
    private static final String ABUSIVE_BUT_REASONABLE = "You useless cow charged my card twice for one subscription. "
            + "Refund the 12.99 now or I will post your photo on instagram so everyone sees what an idiot you are.";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ComplaintJobs jobs;

    @Inject
    SubjectKeys subjectKeys;

    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    @Test
    void a_reasonable_demand_in_abusive_words_stays_in_progress_with_its_clock_running_and_cannot_be_rejected()
            throws Exception {
        at("2028-02-07T09:00:00Z");
        String reference = filePublic(publicComplaint("ams-centrum", "billing", ABUSIVE_BUT_REASONABLE,
                Map.of("email", "Angry.Customer@Example.com"))).extract().path("reference");
        String id = ComplaintWorkflowTest.idOf(reference);
        step("chris.handler", id, "start", null).statusCode(200);

        // Screening suggests, nothing more: no judgement is recorded until a person confirms.
        as("chris.handler").get("/api/complaints/" + id + "/screening").then().statusCode(200)
                .body("suggestedIndicators", hasItems("insult", "threat-to-expose-online"));
        as("chris.handler").get("/api/complaints/" + id).then().body("conduct", org.hamcrest.Matchers.nullValue());

        String dueAt = as("chris.handler").get("/api/complaints/" + id).then().extract().path("dueAt");
        step("chris.handler", id, "conduct", Map.of("demand", "reasonable", "manner", "abusive",
                "indicators", List.of("insult", "threat-to-expose-online"),
                "reason", "Insults the cashier and threatens to post her photo; the double charge is real."))
                .statusCode(200)
                .body("status", equalTo("in-progress"))
                .body("termPaused", equalTo(false))
                .body("dueAt", equalTo(dueAt))
                .body("conduct.demand", equalTo("reasonable"))
                .body("conduct.manner", equalTo("abusive"))
                .body("conduct.indicators", containsInAnyOrder("insult", "threat-to-expose-online"))
                .body("conduct.assessedBy", equalTo("chris.handler"));

        step("chris.handler", id, "reject", Map.of()).statusCode(422).body("errors.field", hasItem("reason"));
        step("chris.handler", id, "reject", Map.of("reason", "Abusive")).statusCode(422);
        step("chris.handler", id, "reject", Map.of("reason", "The customer was abusive to our cashier on the phone."))
                .statusCode(422).contentType("application/problem+json");
        as("chris.handler").get("/api/complaints/" + id).then().body("status", equalTo("in-progress"));

        // The clock keeps running: 70 % of the term still warns.
        MutableClock.shared().advance(Duration.ofDays(11));
        jobs.watchResponseTerms();
        assertThat(eventTypes(dataSource, id)).contains(ComplaintEventTypes.HARASSMENT_CONFIRMED_V1,
                ComplaintEventTypes.DUE_SOON_V1);

        List<ConsumerRecord<String, String>> records = new TopicClient(KafkaServer.shared().bootstrapServers())
                .await(Topics.COMPLAINTS, r -> id.equals(r.key())
                        && r.value().contains(ComplaintEventTypes.HARASSMENT_CONFIRMED_V1), 1, Duration.ofSeconds(10));
        assertThat(records).hasSize(1);
        ContractAssertions.assertMatchesContract(records.get(0).value());
        EventEnvelope event = EventCodec.decode(records.get(0).value());
        assertThat(event.data().get("reference").asText()).isEqualTo(reference);
        assertThat(event.data().get("siteId").asText()).isEqualTo("ams-centrum");
        assertThat(event.data().get("complainantSubjectKey").asText())
                .isEqualTo(subjectKeys.of(IdentifierKind.EMAIL, "Angry.Customer@Example.com").value());
        assertThat(records.get(0).value()).doesNotContainIgnoringCase("angry.customer").doesNotContain("useless cow");

        // The demand is answered on its substance.
        step("chris.handler", id, "resolve", Map.of("text", "We refunded the double charge of 12.99."))
                .statusCode(200).body("status", equalTo("resolved"));
    }

    @Test
    void abusive_manner_needs_an_indicator_and_every_judgement_a_reason() {
        String id = fileAndStart();
        step("chris.handler", id, "conduct", Map.of("demand", "reasonable", "manner", "abusive", "reason", "Rude"))
                .statusCode(422).body("errors.field", hasItem("indicators"));
        step("chris.handler", id, "conduct", Map.of("demand", "reasonable", "manner", "acceptable"))
                .statusCode(400).body("errors.field", hasItem("reason"));
        step("chris.handler", id, "conduct", Map.of("demand", "fair", "manner", "acceptable", "reason", "x"))
                .statusCode(400).body("errors.field", hasItem("demand"));
    }

    @Test
    void an_unreasonable_demand_may_be_rejected_with_substantive_grounds_and_harassment_is_reported_once()
            throws Exception {
        String id = fileAndStart();
        Map<String, Object> abusive = Map.of("demand", "unreasonable", "manner", "abusive",
                "indicators", List.of("disproportionate-demand"), "reason", "Demands a kneeling apology.");
        step("chris.handler", id, "conduct", abusive).statusCode(200);
        step("chris.handler", id, "conduct", abusive).statusCode(200);
        step("chris.handler", id, "reject", Map.of("reason",
                "The product was used for two years; the warranty term of one year has passed."))
                .statusCode(202).body("status", equalTo("in-progress"))
                .body("pendingRejection.proposedBy", equalTo("chris.handler"));
        step("sanne.manager", id, "rejection/approval", null).statusCode(200).body("status", equalTo("rejected"));
        assertThat(eventTypes(dataSource, id).stream()
                .filter(ComplaintEventTypes.HARASSMENT_CONFIRMED_V1::equals)).hasSize(1);
    }

    @Test
    void a_handler_alone_cannot_flip_a_reasonable_demand_and_reject_it_and_the_complainant_sees_the_change()
            throws Exception {
        String filed = filePublic(publicComplaint("ams-centrum", "billing", ABUSIVE_BUT_REASONABLE,
                Map.of("email", "flip.test@example.com"))).extract().asString();
        String reference = io.restassured.path.json.JsonPath.from(filed).getString("reference");
        String secret = io.restassured.path.json.JsonPath.from(filed).getString("trackingSecret");
        String id = ComplaintWorkflowTest.idOf(reference);
        step("chris.handler", id, "start", null).statusCode(200);
        step("chris.handler", id, "conduct", Map.of("demand", "reasonable", "manner", "abusive",
                "indicators", List.of("insult"), "reason", "Insults the cashier; the double charge is real."))
                .statusCode(200);

        Map<String, Object> flip = Map.of("demand", "unreasonable", "manner", "abusive", "indicators", List.of("insult"),
                "reason", "ok");
        step("chris.handler", id, "conduct", flip).statusCode(422).body("errors.field", hasItem("reason"));
        Map<String, Object> substantive = Map.of("demand", "unreasonable", "manner", "abusive",
                "indicators", List.of("insult"), "reason", "The second charge was refunded on 3 March already.");
        step("chris.handler", id, "conduct", substantive).statusCode(200)
                .body("conduct.demand", equalTo("reasonable"))
                .body("pendingReassessment.demand", equalTo("unreasonable"))
                .body("pendingReassessment.assessedBy", equalTo("chris.handler"));
        step("chris.handler", id, "reject", Map.of("reason", "The second charge was refunded on 3 March already."))
                .statusCode(422);
        step("chris.handler", id, "conduct/reassessment/approval", null).statusCode(403)
                .contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("forbidden/proposer"));
        track(reference, secret).statusCode(200).body("demandReassessedAt", org.hamcrest.Matchers.nullValue());

        step("sanne.manager", id, "conduct/reassessment/approval", null).statusCode(200)
                .body("conduct.demand", equalTo("unreasonable")).body("conduct.approvedBy", equalTo("sanne.manager"))
                .body("pendingReassessment", org.hamcrest.Matchers.nullValue());
        as("chris.handler").get("/api/complaints/" + id + "/timeline").then().statusCode(200)
                .body("action", hasItems("demand-reassessment-proposed", "conduct-assessed", "demand-reassessed"))
                .body("find { it.action == 'demand-reassessment-proposed' }.text",
                        org.hamcrest.Matchers.containsString("refunded on 3 March"));
        track(reference, secret).statusCode(200)
                .body("demandReassessedAt", org.hamcrest.Matchers.notNullValue())
                .body("messages.find { it.code == 'complaint.demand-reassessed' }.params.to", equalTo("unreasonable"))
                .body("messages.find { it.code == 'complaint.demand-reassessed' }.text",
                        org.hamcrest.Matchers.containsString("refunded on 3 March"))
                .body("escalationOptions.level", hasItems("management", "external-committee"));

        // Abusive manner: the handler alone still cannot reject; a second person approves.
        step("chris.handler", id, "reject", Map.of("reason", "The second charge was refunded on 3 March already."))
                .statusCode(202).body("status", equalTo("in-progress"));
        step("chris.handler", id, "rejection/approval", null).statusCode(403)
                .body("type", org.hamcrest.Matchers.endsWith("forbidden/proposer"));
        as("chris.handler").get("/api/complaints/" + id).then().body("status", equalTo("in-progress"));
        step("sanne.manager", id, "rejection/approval", null).statusCode(200).body("status", equalTo("rejected"));
        assertThat(eventTypes(dataSource, id)).contains(ComplaintEventTypes.REJECTED_V1);
    }

    private static String fileAndStart() {
        String id = fileAs("emma.staff", "ams-centrum", "product", "in-store")
                .extract().path("id");
        step("chris.handler", id, "start", null).statusCode(200);
        return id;
    }

}
