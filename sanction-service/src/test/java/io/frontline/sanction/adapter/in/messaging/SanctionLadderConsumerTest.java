package io.frontline.sanction.adapter.in.messaging;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventContracts;
import io.frontline.platform.events.Topics;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.frontline.platform.events.sanction.SanctionEventTypes;
import io.frontline.platform.testing.contracts.ContractAssertions;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static io.frontline.sanction.SanctionApi.KAFKA;
import static io.frontline.sanction.SanctionApi.approve;
import static io.frontline.sanction.SanctionApi.measure;
import static io.frontline.sanction.SanctionApi.post;
import static io.frontline.sanction.SanctionApi.eventsOf;
import static io.frontline.sanction.SanctionApi.measuresOf;
import static io.frontline.sanction.SanctionApi.newSubjectKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * incident.confirmed events → the ladder's proposals, over a real broker: the way incident-service's
 * confirmations arrive, built from the platform's contract sample.
 */
@QuarkusTest
class SanctionLadderConsumerTest {
    private static final String SAMPLE = EventContracts.sample(IncidentEventTypes.CONFIRMED_V1);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void a_first_ban_lasts_one_month_a_repeat_three_and_again_six() {
        String subject = newSubjectKey();
        List<String> incidents = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String incidentId = EventCodec.decode(confirm(subject, "utr-centraal", "medium", List.of("verbal-abuse"),
                    false)).subject();
            incidents.add(incidentId);
            int expected = i;
            await().atMost(TIMEOUT).until(() -> measuresOf("henk.hq", subject).size() == expected);
            // seed 001 lengthens a ban on repeat once a ban was imposed: HQ safety approves each proposal
            approve("henk.hq", proposalFor(subject, incidentId)).statusCode(200);
        }

        Map<Object, Map<String, Object>> byIncident = measuresOf("henk.hq", subject).stream()
                .collect(Collectors.toMap(m -> proposal(m).get("incidentId"), m -> m));
        List<Map<String, Object>> inOrder = incidents.stream().map(byIncident::get).toList();
        assertThat(inOrder).extracting(m -> m.get("duration")).containsExactly("P1M", "P3M", "P6M");
        assertThat(inOrder).extracting(m -> proposal(m).get("rule"))
                .containsExactly("first-ban", "repeat-within-12-months", "further-repeat-within-12-months");
        assertThat(inOrder).allSatisfy(m -> {
            assertThat(m).containsEntry("type", "entry-ban").containsEntry("status", "active");
            assertThat(((Map<?, ?>) m.get("entry")).get("sites")).isEqualTo(List.of("utr-centraal"));
            assertThat(proposal(m).get("proposedBy")).isEqualTo("system:sanction-ladder");
        });
        assertThat((List<?>) proposal(inOrder.get(2)).get("history")).as("two incidents and two measures weighed")
                .hasSize(4);
        String id = (String) inOrder.get(2).get("id");
        assertThat(eventsOf(id, SanctionEventTypes.PROPOSED_V1, 1, TIMEOUT).get(0))
                .contains("\"rule\":\"further-repeat-within-12-months\"", "\"duration\":\"P6M\"", "\"source\":\"ladder\"");
    }

    @Test
    void a_proposal_never_approved_makes_no_repeat_and_the_second_is_held_beside_it_for_the_same_decision() {
        String subject = newSubjectKey();
        String morning = EventCodec.decode(confirm(subject, "utr-centraal", "medium", List.of("verbal-abuse"), false))
                .subject();
        await().atMost(TIMEOUT).until(() -> measuresOf("henk.hq", subject).size() == 1);
        String afternoon = EventCodec.decode(confirm(subject, "utr-centraal", "medium", List.of("threat"), false))
                .subject();
        await().atMost(TIMEOUT).until(() -> measuresOf("henk.hq", subject).size() == 2);
        String first = proposalFor(subject, morning);
        String second = proposalFor(subject, afternoon);

        Map<String, Object> held = measure("henk.hq", second);
        assertThat(held).containsEntry("duration", "P1M").containsEntry("status", "proposed");
        assertThat(proposal(held).get("rule")).isEqualTo("held-beside-pending-proposal");
        assertThat(pendingBeside("bram.manager", first)).extracting(m -> m.get("id")).containsExactly(second);
        assertThat(pendingBeside("bram.manager", second)).extracting(m -> m.get("id")).containsExactly(first);

        approve("bram.manager", second).statusCode(422).contentType("application/problem+json");
        assertThat(measure("henk.hq", second)).containsEntry("status", "proposed");
        approve("bram.manager", first).statusCode(200);
        post("bram.manager", "/api/measures/" + second + "/reject",
                Map.of("reason", "Same day as the first: covered by its ban")).statusCode(200);
        assertThat(pendingBeside("bram.manager", first)).isEmpty();
    }

    @Test
    void a_ban_lifted_as_wrongly_imposed_makes_no_repeat_one_lifted_for_another_reason_does() {
        String wrong = newSubjectKey();
        String lenient = newSubjectKey();
        for (String subject : List.of(wrong, lenient)) {
            String incidentId = EventCodec.decode(confirm(subject, "utr-centraal", "medium", List.of("threat"), false))
                    .subject();
            await().atMost(TIMEOUT).until(() -> measuresOf("henk.hq", subject).size() == 1);
            approve("henk.hq", proposalFor(subject, incidentId)).statusCode(200);
        }
        post("henk.hq", "/api/measures/" + measuresOf("henk.hq", wrong).get(0).get("id") + "/lift",
                Map.of("reason", "Camera shows someone else", "wronglyImposed", true)).statusCode(200)
                .body("wronglyImposed", org.hamcrest.Matchers.equalTo(true));
        post("henk.hq", "/api/measures/" + measuresOf("henk.hq", lenient).get(0).get("id") + "/lift",
                Map.of("reason", "Apologised in writing")).statusCode(200)
                .body("wronglyImposed", org.hamcrest.Matchers.equalTo(false));

        String wrongNext = EventCodec.decode(confirm(wrong, "utr-centraal", "medium", List.of("threat"), false))
                .subject();
        String lenientNext = EventCodec.decode(confirm(lenient, "utr-centraal", "medium", List.of("threat"), false))
                .subject();
        await().atMost(TIMEOUT).until(() -> measuresOf("henk.hq", wrong).size() == 2
                && measuresOf("henk.hq", lenient).size() == 2);
        assertThat(measure("henk.hq", proposalFor(wrong, wrongNext))).containsEntry("duration", "P1M");
        assertThat(measure("henk.hq", proposalFor(lenient, lenientNext))).containsEntry("duration", "P3M");
    }

    private static String proposalFor(String subject, String incidentId) {
        return measuresOf("henk.hq", subject).stream().filter(m -> incidentId.equals(proposal(m).get("incidentId")))
                .map(m -> (String) m.get("id")).findFirst().orElseThrow();
    }

    private static List<Map<String, Object>> pendingBeside(String username, String measureId) {
        return io.restassured.RestAssured.given()
                .header("Authorization", io.frontline.platform.testing.infra.Tokens.bearer(
                        io.frontline.platform.testing.infra.Tokens.user(username)))
                .get("/api/measures/" + measureId + "/pending-beside").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> proposal(Map<String, Object> measure) {
        return (Map<Object, Object>) measure.get("proposal");
    }

    @Test
    void a_critical_incident_proposes_a_six_month_chain_wide_entry_ban_and_a_police_report() {
        String subject = newSubjectKey();
        confirm(subject, "cc-rotterdam", "critical", List.of("physical-violence"), false);

        await().atMost(TIMEOUT).until(() -> measuresOf("henk.hq", subject).size() == 1);
        Map<String, Object> measure = measuresOf("henk.hq", subject).get(0);
        assertThat(measure).containsEntry("type", "entry-ban").containsEntry("duration", "P6M");
        assertThat(((Map<?, ?>) measure.get("entry")).get("coverage")).isEqualTo("chain");
        assertThat(((Map<?, ?>) measure.get("proposal")).get("policeReportRecommended")).isEqualTo(true);
        assertThat(((Map<?, ?>) measure.get("proposal")).get("rule")).isEqualTo("critical-incident");
    }

    @Test
    void a_low_first_offence_proposes_a_written_warning_and_a_call_center_a_contact_ban() {
        String low = newSubjectKey();
        confirm(low, "ams-centrum", "low", List.of("unreasonable-demand"), false);
        String caller = newSubjectKey();
        confirm(caller, "cc-rotterdam", "high", List.of("threat"), false);

        await().atMost(TIMEOUT).until(() -> measuresOf("henk.hq", low).size() == 1
                && measuresOf("henk.hq", caller).size() == 1);
        assertThat(measuresOf("henk.hq", low).get(0)).containsEntry("type", "written-warning")
                .containsEntry("duration", null);
        Map<String, Object> contact = measuresOf("ruben.supervisor", caller).get(0);
        assertThat(contact).containsEntry("type", "contact-ban").containsEntry("duration", "P1M");
        assertThat(((Map<?, ?>) contact.get("contact")).get("alternativeChannel")).isEqualTo("written");
    }

    @Test
    void the_same_confirmation_delivered_twice_proposes_once_and_the_contract_sample_is_understood() {
        String subject = newSubjectKey();
        String event = confirm(subject, "utr-centraal", "high", List.of("threat"), true);
        KAFKA.publish(Topics.INCIDENTS, EventCodec.decode(event).subject(), event);
        KAFKA.publish(Topics.INCIDENTS, EventCodec.decode(SAMPLE).subject(), SAMPLE);
        String marker = newSubjectKey();
        confirm(marker, "utr-centraal", "high", List.of("threat"), false);

        await().atMost(TIMEOUT).until(() -> measuresOf("henk.hq", marker).size() == 1);
        assertThat(measuresOf("henk.hq", subject)).hasSize(1).first()
                .satisfies(m -> assertThat(((Map<?, ?>) m.get("proposal")).get("policeReportRecommended")).isEqualTo(true));
        await().atMost(TIMEOUT).until(() -> !measuresOf("henk.hq",
                "sk1_q0Jx3mQ2k9vTt7bR8mWc1nLhP4sY6uZa0eGf5iKd2Oo").isEmpty());
    }

    @Test
    void a_confirmed_incident_without_a_known_customer_proposes_nothing() {
        String event = confirm(null, "utr-centraal", "high", List.of("threat"), false);
        String marker = newSubjectKey();
        confirm(marker, "utr-centraal", "high", List.of("threat"), false);

        await().atMost(TIMEOUT).until(() -> measuresOf("henk.hq", marker).size() == 1);
        String incidentId = EventCodec.decode(event).subject();
        assertThat(measuresOf("henk.hq", null)).noneMatch(m ->
                incidentId.equals(((Map<?, ?>) m.get("proposal")).get("incidentId")));
    }

    /** Publishes a contract-valid incident.confirmed event (the platform sample with fresh ids) and returns it. */
    private static String confirm(String subject, String site, String severity, List<String> types, boolean police) {
        ObjectNode event = (ObjectNode) readTree(SAMPLE);
        String incidentId = UUID.randomUUID().toString();
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", incidentId);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("incidentId", incidentId);
        data.put("siteId", site);
        data.put("severity", severity);
        data.put("reference", String.format("INC-2026-%06d", ThreadLocalRandom.current().nextInt(1, 999_999)));
        ArrayNode typeArray = data.putArray("types");
        types.forEach(typeArray::add);
        if (subject == null) {
            data.putNull("perpetratorSubjectKey");
        } else {
            data.put("perpetratorSubjectKey", subject);
        }
        data.put("policeReportRecommended", police);
        data.put("confirmedAt", Instant.now().toString());
        String json = event.toString();
        ContractAssertions.assertMatchesContract(json);
        KAFKA.publish(Topics.INCIDENTS, incidentId, json);
        return json;
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return EventCodec.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
