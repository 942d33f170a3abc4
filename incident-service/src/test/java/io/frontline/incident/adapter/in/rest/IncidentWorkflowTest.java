package io.frontline.incident.adapter.in.rest;

import io.agroal.api.AgroalDataSource;
import io.frontline.incident.Reports;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventEnvelope;
import io.frontline.platform.events.Topics;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.frontline.platform.testing.contracts.ContractAssertions;
import io.frontline.platform.testing.infra.KafkaServer;
import io.frontline.platform.testing.infra.TopicClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.frontline.incident.Reports.report;
import static io.frontline.incident.Reports.statement;
import static io.frontline.incident.Reports.step;
import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** The workflow reported → triaged → under investigation → confirmed | unfounded → closed, over REST. */
@QuarkusTest
class IncidentWorkflowTest {
    private final TopicClient kafka = new TopicClient(KafkaServer.shared().bootstrapServers());

    @Inject
    AgroalDataSource dataSource;

    private List<String> typesPublishedFor(String id, int atLeast) {
        return kafka.await(Topics.INCIDENTS, r -> id.equals(r.key()), atLeast, Duration.ofSeconds(5)).stream()
                .map(r -> EventCodec.decode(r.value()).type()).collect(Collectors.toList());
    }

    @Test
    void a_threat_goes_from_report_to_closure_and_its_confirmation_tells_sanction_service_what_it_needs() {
        String email = Reports.freshEmail();
        Map<String, Object> reported = report("daan.staff", "utr-centraal", List.of("threat"), email);
        String id = (String) reported.get("id");

        step("bram.manager", id, "triage", null).statusCode(200).body("status", equalTo("triaged"));
        step("bram.manager", id, "investigation", null).statusCode(200).body("status", equalTo("under-investigation"));
        statement("noor.regional", id, "witness", "Hij zei dat hij terug zou komen.");
        step("bram.manager", id, "confirmation", null).statusCode(200)
                .body("status", equalTo("confirmed")).body("outcome", equalTo("confirmed"))
                .body("policeReportRecommended", equalTo(true));
        given().header("Authorization", bearer(user("bram.manager"))).contentType(ContentType.JSON)
                .body(Map.of("station", "Politiebureau Utrecht-Centrum", "reference", "PL0900-2026123456",
                        "filedOn", "2026-01-05"))
                .put("/api/incidents/" + id + "/police-report").then().statusCode(200)
                .body("policeReport.reference", equalTo("PL0900-2026123456"));
        step("bram.manager", id, "closure", null).statusCode(422);
        step("bram.manager", id, "closure", "Tweede medewerker aan de balie bij avonddiensten.").statusCode(200)
                .body("status", equalTo("closed"))
                .body("recurrencePreventionNote", equalTo("Tweede medewerker aan de balie bij avonddiensten."));

        List<ConsumerRecord<String, String>> records = kafka.await(Topics.INCIDENTS, r -> id.equals(r.key()), 5,
                Duration.ofSeconds(10));
        assertThat(records.stream().map(r -> EventCodec.decode(r.value()).type())).containsExactly(
                IncidentEventTypes.REPORTED_V1, IncidentEventTypes.ESCALATED_V1, IncidentEventTypes.TRIAGED_V1,
                IncidentEventTypes.CONFIRMED_V1, IncidentEventTypes.CLOSED_V1);
        records.forEach(r -> ContractAssertions.assertMatchesContract(r.value()));
        EventEnvelope confirmed = EventCodec.decode(records.get(3).value());
        assertThat(confirmed.data().get("perpetratorSubjectKey").asText()).isEqualTo(reported.get("perpetratorSubjectKey"));
        assertThat(confirmed.data().get("severity").asText()).isEqualTo("high");
        assertThat(confirmed.data().get("siteId").asText()).isEqualTo("utr-centraal");
        assertThat(confirmed.data().get("reference").asText()).isEqualTo(reported.get("reference"));
        assertThat(confirmed.data().get("policeReportRecommended").asBoolean()).isTrue();
        assertThat(confirmed.data().get("actedBy").asText()).as("who decided the facts").isEqualTo("bram.manager");
        assertThat(confirmed.data().get("suggestionConfirmedBy").isNull()).isTrue();
        assertThat(EventCodec.decode(records.get(4).value()).data().get("outcome").asText()).isEqualTo("confirmed");
        // The lesson learned travels with the closing: prevention-service shares it, anonymised, as a case study
        assertThat(EventCodec.decode(records.get(4).value()).data().get("recurrencePreventionNote").asText())
                .isEqualTo("Tweede medewerker aan de balie bij avonddiensten.");
    }

    @Test
    void steps_out_of_order_are_illegal_transitions() {
        String id = (String) report("emma.staff", "ams-centrum", List.of("verbal-abuse"), null).get("id");
        step("sanne.manager", id, "confirmation", "Niemand anders aanwezig").statusCode(409)
                .contentType("application/problem+json");
        step("sanne.manager", id, "closure", "x").statusCode(409);
        step("sanne.manager", id, "investigation", null).statusCode(409);
        step("sanne.manager", id, "reopening", "nieuwe feiten").statusCode(409);
        step("sanne.manager", id, "triage", null).statusCode(200);
        step("sanne.manager", id, "triage", null).statusCode(409);
        step("sanne.manager", id, "unfounded", "x").statusCode(409);
    }

    @Test
    void confirming_needs_a_statement_from_someone_other_than_the_victim_or_a_reason_why_there_is_none() {
        String id = (String) report("emma.staff", "ams-centrum", List.of("verbal-abuse"), null).get("id");
        step("sanne.manager", id, "triage", null).statusCode(200);
        step("sanne.manager", id, "investigation", null).statusCode(200);
        statement("emma.staff", id, "victim", "Hij schold me uit.");
        step("sanne.manager", id, "confirmation", null).statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItem("noOtherSourceReason"));
        step("sanne.manager", id, "confirmation", "Alleen de medewerker was aanwezig; camera stond uit.")
                .statusCode(200).body("status", equalTo("confirmed"))
                .body("noOtherSourceReason", equalTo("Alleen de medewerker was aanwezig; camera stond uit."));
    }

    @Test
    void the_reporters_own_uninvolved_statement_is_refused_and_does_not_let_the_manager_confirm_without_a_reason() {
        String id = (String) report("emma.staff", "ams-centrum", List.of("verbal-abuse"), null).get("id");
        step("sanne.manager", id, "triage", null).statusCode(200);
        step("sanne.manager", id, "investigation", null).statusCode(200);
        for (String role : List.of("uninvolved", "witness")) {
            given().header("Authorization", bearer(user("emma.staff"))).contentType(ContentType.JSON)
                    .body(Map.of("authorRole", role, "text", "Ik stond er los van en zag alles."))
                    .post("/api/incidents/" + id + "/statements").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.field", org.hamcrest.Matchers.hasItem("authorRole"));
        }
        // The confirming manager's own account is not a second source either.
        statement("sanne.manager", id, "witness", "Ik hoorde het vanuit het kantoor.");
        step("sanne.manager", id, "confirmation", null).statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItem("noOtherSourceReason"));
        given().header("Authorization", bearer(user("sanne.manager"))).get("/api/incidents/" + id).then()
                .statusCode(200).body("status", equalTo("under-investigation"));
        step("noor.regional", id, "confirmation", null).statusCode(200).body("status", equalTo("confirmed"))
                .body("decidedBy", equalTo("noor.regional"));
    }

    @Test
    void an_unfounded_incident_closes_without_a_note_and_can_be_reopened_with_a_reason() {
        String id = (String) report("emma.staff", "ams-centrum", List.of("unreasonable-demand"), null).get("id");
        step("sanne.manager", id, "triage", null).statusCode(200);
        step("sanne.manager", id, "investigation", null).statusCode(200);
        step("sanne.manager", id, "unfounded", null).statusCode(422);
        step("sanne.manager", id, "unfounded", "Camerabeelden tonen een normaal gesprek.").statusCode(200)
                .body("status", equalTo("unfounded"));
        step("sanne.manager", id, "closure", null).statusCode(200).body("status", equalTo("closed"))
                .body("outcome", equalTo("unfounded"));
        step("sanne.manager", id, "reopening", null).statusCode(422);
        step("sanne.manager", id, "reopening", "Nieuwe getuige meldde zich.").statusCode(200)
                .body("status", equalTo("under-investigation")).body("reopenReason", equalTo("Nieuwe getuige meldde zich."))
                .body("outcome", nullValue());
        assertThat(typesPublishedFor(id, 4)).containsExactly(IncidentEventTypes.REPORTED_V1,
                IncidentEventTypes.TRIAGED_V1, IncidentEventTypes.UNFOUNDED_V1, IncidentEventTypes.CLOSED_V1);
    }

    @Test
    void staff_and_managers_of_other_sites_cannot_move_an_incident() {
        String id = (String) report("emma.staff", "ams-centrum", List.of("verbal-abuse"), null).get("id");
        step("emma.staff", id, "triage", null).statusCode(403);
        step("bram.manager", id, "triage", null).statusCode(404);
        step("noor.regional", id, "triage", null).statusCode(200);
    }

    @Test
    void evidence_keeps_its_hash_and_cannot_be_changed_once_added() throws Exception {
        String id = (String) report("emma.staff", "ams-centrum", List.of("physical-violence"), null).get("id");
        String sha = "9b74c9897bac770ffc029102a200c5de2f2b1b5e0a4a1b7a4a0b9a1c9e3f3c1d";
        String evidenceId = given().header("Authorization", bearer(user("emma.staff"))).contentType(ContentType.JSON)
                .body(Map.of("kind", "video", "uri", "vms://ams-centrum/cam-02/2026-11-02T13:55:00Z", "sha256", sha,
                        "capturedAt", "2020-01-01T00:00:00Z"))
                .post("/api/incidents/" + id + "/evidence").then().statusCode(201)
                .body("addedBy", equalTo("emma.staff")).extract().path("id");
        given().header("Authorization", bearer(user("emma.staff"))).contentType(ContentType.JSON)
                .body(Map.of("kind", "video", "uri", "x", "sha256", "not-a-hash"))
                .post("/api/incidents/" + id + "/evidence").then().statusCode(400);
        given().header("Authorization", bearer(user("sanne.manager"))).contentType(ContentType.JSON)
                .body(Map.of("uri", "vms://elsewhere"))
                .put("/api/incidents/" + id + "/evidence").then().statusCode(405);
        given().header("Authorization", bearer(user("sanne.manager")))
                .delete("/api/incidents/" + id + "/evidence").then().statusCode(405);
        given().header("Authorization", bearer(user("sanne.manager")))
                .get("/api/incidents/" + id + "/evidence").then().statusCode(200)
                .body("", hasSize(1)).body("[0].sha256", equalTo(sha)).body("[0].kind", equalTo("video"));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE incident_evidence SET uri = 'x' WHERE id = '"
                    + evidenceId + "'")).hasMessageContaining("cannot be changed");
        }
    }

    @Test
    void violence_is_escalated_at_once_and_a_police_report_is_recommended() {
        String id = (String) report("emma.staff", "ams-centrum", List.of("physical-violence"), null).get("id");
        given().header("Authorization", bearer(user("sanne.manager"))).get("/api/incidents/" + id).then()
                .statusCode(200).body("severity", equalTo("critical")).body("policeReportRecommended", equalTo(true));
        List<ConsumerRecord<String, String>> records = kafka.await(Topics.INCIDENTS, r -> id.equals(r.key()), 2,
                Duration.ofSeconds(10));
        EventEnvelope escalated = EventCodec.decode(records.get(1).value());
        assertThat(escalated.type()).isEqualTo(IncidentEventTypes.ESCALATED_V1);
        ContractAssertions.assertMatchesContract(records.get(1).value());
        assertThat(escalated.data().get("severity").asText()).isEqualTo("critical");

        String low = (String) report("emma.staff", "ams-centrum", List.of("other"), null).get("id");
        given().header("Authorization", bearer(user("sanne.manager"))).get("/api/incidents/" + low).then()
                .body("policeReportRecommended", equalTo(false));
        assertThat(typesPublishedFor(low, 2)).containsExactly(IncidentEventTypes.REPORTED_V1);
    }
}
