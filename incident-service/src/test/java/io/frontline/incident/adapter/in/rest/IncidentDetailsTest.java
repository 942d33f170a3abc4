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
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.frontline.incident.Reports.report;
import static io.frontline.incident.Reports.step;
import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** Details added after the quick report: `POST /api/incidents/{id}/details`. */
@QuarkusTest
class IncidentDetailsTest {
    /** A phone number only this test class uses, as typed, and the digits any stored form would contain. */
    private static final String RAW_PHONE = "06-7315 2948";
    private static final String PHONE_DIGITS = "73152948";

    private final TopicClient kafka = new TopicClient(KafkaServer.shared().bootstrapServers());

    @Inject
    AgroalDataSource dataSource;

    private static ValidatableResponse addDetails(String user, String id, Map<String, Object> details) {
        return given().header("Authorization", bearer(user(user))).contentType(ContentType.JSON).body(details)
                .post("/api/incidents/" + id + "/details").then();
    }

    private long escalations(String id) {
        return Reports.count(dataSource, "SELECT count(*) FROM frontline_outbox WHERE event_type = ? AND record_key = ?",
                IncidentEventTypes.ESCALATED_V1, id);
    }

    @Test
    void immediate_danger_reported_later_makes_the_incident_critical_and_escalates_it_once() {
        Map<String, Object> reported = report("emma.staff", "ams-centrum", List.of("unreasonable-demand"), null);
        String id = (String) reported.get("id");
        assertThat(reported).containsEntry("severity", "low");
        assertThat(escalations(id)).isZero();

        addDetails("emma.staff", id, Map.of("immediateDanger", true, "witnesses", List.of("Joost van de kassa")))
                .statusCode(200)
                .body("severity", equalTo("critical"))
                .body("severityRule", equalTo("violence-or-immediate-danger"))
                .body("immediateDanger", equalTo(true))
                .body("types", contains("unreasonable-demand"))
                .body("witnesses", contains("Joost van de kassa"));
        addDetails("sanne.manager", id, Map.of("types", List.of("physical-violence"), "immediateDanger", true))
                .statusCode(200)
                .body("types", hasItems("physical-violence", "unreasonable-demand"))
                .body("severity", equalTo("critical"));
        given().header("Authorization", bearer(user("sanne.manager"))).get("/api/incidents/" + id).then()
                .statusCode(200).body("severity", equalTo("critical")).body("immediateDanger", equalTo(true));

        assertThat(escalations(id)).isEqualTo(1);
        List<ConsumerRecord<String, String>> escalated = kafka.await(Topics.INCIDENTS, r -> id.equals(r.key())
                && r.value().contains("\"" + IncidentEventTypes.ESCALATED_V1 + "\""), 2, Duration.ofSeconds(5));
        assertThat(escalated).hasSize(1);
        ContractAssertions.assertMatchesContract(escalated.get(0).value());
        EventEnvelope event = EventCodec.decode(escalated.get(0).value());
        assertThat(event.subject()).isEqualTo(id);
        assertThat(event.data().get("severity").asText()).isEqualTo("critical");

        // The victim's safety is checked at once now, no longer within four hours of the report.
        Map<String, Object> safetyCheck = given().header("Authorization", bearer(user("sanne.manager")))
                .get("/api/incidents/" + id + "/care-plan").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("$").stream()
                .filter(t -> "immediate-safety-check".equals(t.get("task"))).findFirst().orElseThrow();
        assertThat(Duration.between(Instant.parse((String) reported.get("reportedAt")),
                Instant.parse((String) safetyCheck.get("dueAt")))).isLessThan(Duration.ofHours(1));
    }

    @Test
    void immediate_danger_once_reported_cannot_be_withdrawn() {
        String id = (String) report("emma.staff", "ams-centrum", List.of("verbal-abuse"), null).get("id");
        addDetails("emma.staff", id, Map.of("immediateDanger", true)).statusCode(200);

        addDetails("sanne.manager", id, Map.of("immediateDanger", false)).statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("immediateDanger"));
        given().header("Authorization", bearer(user("sanne.manager"))).get("/api/incidents/" + id).then()
                .body("immediateDanger", equalTo(true)).body("severity", equalTo("critical"));
    }

    @Test
    void a_perpetrator_added_later_by_phone_is_kept_only_as_the_subject_key_the_report_would_have_given() throws Exception {
        Map<String, Object> reported = report("emma.staff", "ams-centrum", List.of("verbal-abuse"), null);
        String id = (String) reported.get("id");
        Instant happened = Instant.parse((String) reported.get("reportedAt")).minus(Duration.ofHours(1));

        String key = addDetails("emma.staff", id, Map.of("perpetrator", Map.of("identifierKind", "phone",
                        "identifier", RAW_PHONE, "description", "Man met pet"),
                        "occurredAt", happened.toString()))
                .statusCode(200)
                .body("occurredAt", equalTo(happened.toString()))
                .body("perpetratorSubjectKey", matchesPattern("sk1_[A-Za-z0-9_-]{43}"))
                .body("perpetratorDescription", equalTo("Man met pet"))
                .body(not(containsString(PHONE_DIGITS)))
                .extract().path("perpetratorSubjectKey");

        Map<String, Object> sameCaller = new HashMap<>(Reports.body("utr-centraal", List.of("threat"), null));
        sameCaller.put("perpetrator", Map.of("identifierKind", "phone", "identifier", "+31 6 7315 2948"));
        given().header("Authorization", bearer(user("daan.staff"))).contentType(ContentType.JSON).body(sameCaller)
                .post("/api/incidents").then().statusCode(201).body("perpetratorSubjectKey", equalTo(key));

        for (String table : tables()) {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement(
                         "SELECT count(*) FROM \"" + table + "\" AS row WHERE row::text LIKE ? OR row::text LIKE ?")) {
                s.setString(1, "%" + PHONE_DIGITS + "%");
                s.setString(2, "%7315 2948%");
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("rows of " + table + " holding the phone number").isZero();
                }
            }
        }
    }

    @Test
    void naming_a_perpetrator_with_two_confirmed_incidents_later_raises_the_severity_and_escalates() {
        String email = Reports.freshEmail();
        Reports.confirmedAtUtrecht(email, List.of("verbal-abuse"));
        Reports.confirmedAtUtrecht(email, List.of("unreasonable-demand"));
        String id = (String) report("daan.staff", "utr-centraal", List.of("verbal-abuse"), null).get("id");

        addDetails("daan.staff", id, Map.of("perpetrator", Map.of("identifierKind", "email", "identifier", email)))
                .statusCode(200)
                .body("severity", equalTo("high"))
                .body("severityRule", equalTo("verbal-abuse"))
                .body("severityRaisedForRepeatPerpetrator", equalTo(true));
        assertThat(escalations(id)).isEqualTo(1);

        addDetails("bram.manager", id, Map.of("perpetrator", Map.of("identifierKind", "email",
                "identifier", Reports.freshEmail()))).statusCode(422)
                .body("errors.field", hasItem("perpetrator.identifier"));
    }

    @Test
    void the_reporter_and_those_who_oversee_the_site_add_details_and_for_anyone_else_the_incident_does_not_exist() {
        String id = (String) report("sanne.manager", "ams-centrum", List.of("verbal-abuse"), null).get("id");
        Map<String, Object> victim = Map.of("victims", List.of("Emma"));

        addDetails("emma.staff", id, victim).statusCode(404).contentType("application/problem+json");
        addDetails("daan.staff", id, victim).statusCode(404).contentType("application/problem+json");
        addDetails("bram.manager", id, victim).statusCode(404);
        addDetails("thijs.regional", id, victim).statusCode(404);
        addDetails("carla.counsellor", id, victim).statusCode(403);
        given().contentType(ContentType.JSON).body(victim).post("/api/incidents/" + id + "/details").then()
                .statusCode(401);
        addDetails("sanne.manager", id, victim).statusCode(200).body("victims", contains("Emma"));
        addDetails("noor.regional", id, Map.of("victims", List.of("Emma", "Joost"))).statusCode(200)
                .body("victims", contains("Emma", "Joost"));
        addDetails("henk.hq", id, Map.of("witnesses", List.of("Fatima"))).statusCode(200)
                .body("witnesses", contains("Fatima"));

        String own = (String) report("emma.staff", "ams-centrum", List.of("verbal-abuse"), null).get("id");
        addDetails("emma.staff", own, victim).statusCode(200);
        addDetails("daan.staff", own, victim).statusCode(404);
    }

    @Test
    void a_closed_incident_takes_no_more_details() {
        String id = (String) report("emma.staff", "ams-centrum", List.of("unreasonable-demand"), null).get("id");
        step("sanne.manager", id, "triage", null).statusCode(200);
        step("sanne.manager", id, "investigation", null).statusCode(200);
        step("sanne.manager", id, "unfounded", "Camerabeelden tonen een normaal gesprek.").statusCode(200);
        step("sanne.manager", id, "closure", null).statusCode(200);

        addDetails("emma.staff", id, Map.of("immediateDanger", true)).statusCode(409)
                .contentType("application/problem+json");
        addDetails("sanne.manager", id, Map.of("witnesses", List.of("Joost"))).statusCode(409);
        assertThat(escalations(id)).isZero();
    }

    @Test
    void an_invalid_body_is_refused_naming_the_field_and_nothing_changes() {
        String id = (String) report("emma.staff", "ams-centrum", List.of("verbal-abuse"), null).get("id");

        addDetails("emma.staff", id, Map.of("types", List.of("shouting"))).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("types"));
        addDetails("emma.staff", id, Map.of("occurredAt", "2999-01-01T00:00:00Z", "immediateDanger", true))
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("occurredAt"));
        addDetails("emma.staff", id, Map.of("perpetrator", Map.of("identifier", RAW_PHONE))).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("perpetrator.identifierKind"))
                .body(not(containsString(PHONE_DIGITS)));
        given().header("Authorization", bearer(user("emma.staff"))).contentType(ContentType.JSON)
                .post("/api/incidents/" + id + "/details").then().statusCode(400)
                .contentType("application/problem+json");

        given().header("Authorization", bearer(user("sanne.manager"))).get("/api/incidents/" + id).then()
                .body("severity", equalTo("medium")).body("immediateDanger", equalTo(false))
                .body("types", contains("verbal-abuse"));
    }

    private List<String> tables() throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        assertThat(tables).contains("incident", "frontline_outbox");
        return tables;
    }
}
