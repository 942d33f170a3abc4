package io.frontline.sanction.adapter.in.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventContracts;
import io.frontline.platform.events.Topics;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.frontline.platform.events.procedure.ProcedureEventTypes;
import io.frontline.platform.testing.contracts.ContractAssertions;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.frontline.sanction.SanctionApi.KAFKA;
import static io.frontline.sanction.SanctionApi.approve;
import static io.frontline.sanction.SanctionApi.measure;
import static io.frontline.sanction.SanctionApi.measuresOf;
import static io.frontline.sanction.SanctionApi.newSubjectKey;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Four eyes means two people, through the real path: an event on {@code incidents.events} → the proposal → the
 * person who decided the facts (the incident's confirmer, the live-detection suggestion's confirmer, the HR member
 * who decided the procedure) is refused as approver, with the reason, and another person approves.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class FourEyesTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void the_manager_who_confirmed_the_incident_cannot_approve_its_ban_and_another_person_can() {
        String subject = newSubjectKey();
        publishConfirmed(subject, "ams-centrum", "sanne.manager", null);
        Map<String, Object> proposed = awaitOneMeasure(subject);
        String id = (String) proposed.get("id");

        assertThat((Map<String, Object>) measure("sanne.manager", id).get("approval"))
                .containsEntry("allowed", false).containsEntry("reason", "incident-confirmer");
        approve("sanne.manager", id).statusCode(403).contentType("application/problem+json")
                .body("type", containsString("forbidden/incident-confirmer"));
        assertThat(measure("henk.hq", id)).containsEntry("status", "proposed");

        assertThat((Map<String, Object>) measure("henk.hq", id).get("approval")).containsEntry("allowed", true);
        approve("henk.hq", id).statusCode(200).body("approvedBy", equalTo("henk.hq"));
    }

    @Test
    void the_supervisor_who_confirmed_the_live_suggestion_cannot_approve_the_ban_even_if_another_confirmed_the_incident() {
        String subject = newSubjectKey();
        publishConfirmed(subject, "cc-rotterdam", "henk.hq", "ruben.supervisor");
        String id = (String) awaitOneMeasure(subject).get("id");

        approve("ruben.supervisor", id).statusCode(403).body("type", containsString("forbidden/suggestion-confirmer"));
        approve("henk.hq", id).statusCode(403).body("type", containsString("forbidden/incident-confirmer"));
        assertThat(measure("henk.hq", id)).containsEntry("status", "proposed");
    }

    @Test
    void a_procedure_decision_with_a_sanction_proposes_the_staff_measure_that_its_decider_cannot_approve() {
        String reference = String.format("UB-2026-%06d", ThreadLocalRandom.current().nextInt(1, 999_999));
        String employee = "medewerker-" + UUID.randomUUID();
        String event = publishDecision(reference, employee, Map.of("type", "fine", "fineAmount", 250),
                false, "Een schorsing treft het hele team; een boete is passender");
        KAFKA.publish(Topics.INCIDENTS, EventCodec.decode(event).subject(), event);

        await().atMost(TIMEOUT).until(() -> staffMeasureOf(employee).isPresent());
        Map<String, Object> m = staffMeasureOf(employee).orElseThrow();
        String id = (String) m.get("id");
        assertThat(m).containsEntry("type", "fine").containsEntry("status", "proposed")
                .containsEntry("siteId", "utr-centraal");
        assertThat((Map<String, Object>) m.get("staff")).containsEntry("procedureReference", reference)
                .containsEntry("followsAdvice", false)
                .containsEntry("departureReason", "Een schorsing treft het hele team; een boete is passender")
                .containsEntry("advisedMeasure", "suspension, 3 days");
        assertThat((Map<String, Object>) m.get("proposal")).containsEntry("source", "procedure")
                .containsEntry("proposedBy", "system:internal-procedure");

        assertThat((Map<String, Object>) measure("hanna.hr", id).get("approval"))
                .containsEntry("allowed", false).containsEntry("reason", "procedure-decider");
        approve("hanna.hr", id).statusCode(403).body("type", containsString("forbidden/procedure-decider"));
        approve("henk.hq", id).statusCode(200).body("status", equalTo("active"));
        assertThat(staffMeasuresOf(employee)).as("the redelivered decision proposes nothing again").hasSize(1);
    }

    @Test
    void a_procedure_decision_without_a_sanction_proposes_no_staff_measure() {
        String employee = "medewerker-" + UUID.randomUUID();
        publishDecision(String.format("UB-2026-%06d", ThreadLocalRandom.current().nextInt(1, 999_999)), employee,
                null, true, null);
        String marker = "medewerker-" + UUID.randomUUID();
        publishDecision(String.format("UB-2026-%06d", ThreadLocalRandom.current().nextInt(1, 999_999)), marker,
                Map.of("type", "written-reprimand"), false, "Eerdere waarschuwing");
        await().atMost(TIMEOUT).until(() -> staffMeasureOf(marker).isPresent());
        assertThat(staffMeasuresOf(employee)).isEmpty();
    }

    private static Map<String, Object> awaitOneMeasure(String subject) {
        await().atMost(TIMEOUT).until(() -> measuresOf("henk.hq", subject).size() == 1);
        return measuresOf("henk.hq", subject).get(0);
    }

    private static Optional<Map<String, Object>> staffMeasureOf(String employee) {
        return staffMeasuresOf(employee).stream().findFirst();
    }

    private static List<Map<String, Object>> staffMeasuresOf(String employee) {
        List<Map<String, Object>> all = given().header("Authorization", bearer(user("henk.hq")))
                .queryParam("limit", 500).get("/api/measures").then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(m -> employee.equals(m.get("employeeId"))).toList();
    }

    /** A contract-valid incident.confirmed event from the platform sample, with who confirmed. */
    private static void publishConfirmed(String subject, String site, String confirmedBy, String suggestionConfirmedBy) {
        ObjectNode event = (ObjectNode) readTree(EventContracts.sample(IncidentEventTypes.CONFIRMED_V1));
        String incidentId = UUID.randomUUID().toString();
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", incidentId);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("incidentId", incidentId);
        data.put("siteId", site);
        data.put("severity", "high");
        data.putArray("types").add("threat");
        data.put("perpetratorSubjectKey", subject);
        data.put("reference", String.format("INC-2026-%06d", ThreadLocalRandom.current().nextInt(1, 999_999)));
        data.put("confirmedAt", Instant.now().toString());
        data.put("actedBy", confirmedBy);
        if (suggestionConfirmedBy == null) {
            data.putNull("suggestionConfirmedBy");
        } else {
            data.put("suggestionConfirmedBy", suggestionConfirmedBy);
        }
        String json = event.toString();
        ContractAssertions.assertMatchesContract(json);
        KAFKA.publish(Topics.INCIDENTS, incidentId, json);
    }

    /** A contract-valid procedure.decision-taken event: hanna.hr decided, the committee advised a 3-day suspension. */
    private static String publishDecision(String reference, String employee, Map<String, Object> sanction,
                                          boolean followsAdvice, String departureReasons) {
        ObjectNode event = (ObjectNode) readTree(EventContracts.sample(ProcedureEventTypes.DECISION_TAKEN_V1));
        String complaintId = UUID.randomUUID().toString();
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", complaintId);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("complaintId", complaintId);
        data.put("reference", reference);
        data.put("accusedUserId", employee);
        data.put("followsAdvice", followsAdvice);
        data.put("decidedBy", "hanna.hr");
        data.put("siteId", "utr-centraal");
        if (sanction == null) {
            data.putNull("sanction");
        } else {
            ObjectNode s = data.putObject("sanction");
            sanction.forEach((k, v) -> s.set(k, EventCodec.mapper().valueToTree(v)));
            s.put("employeeUserId", employee);
        }
        if (departureReasons == null) {
            data.putNull("departureReasons");
        } else {
            data.put("departureReasons", departureReasons);
        }
        String json = event.toString();
        ContractAssertions.assertMatchesContract(json);
        KAFKA.publish(Topics.INCIDENTS, complaintId, json);
        return json;
    }

    private static JsonNode readTree(String json) {
        try {
            return EventCodec.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
