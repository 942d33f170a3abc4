package io.frontline.incident.adapter.in.rest;

import io.agroal.api.AgroalDataSource;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventEnvelope;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.frontline.platform.events.Topics;
import io.frontline.platform.testing.contracts.ContractAssertions;
import io.frontline.platform.testing.infra.KafkaServer;
import io.frontline.platform.testing.infra.TopicClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.client;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class IncidentResourceTest {
    /** A Dutch mobile number as a reporter would type it, and the digits that any stored form would contain. */
    private static final String RAW_PHONE = "06-4829 1537";
    private static final String PHONE_DIGITS = "48291537";

    @Inject
    AgroalDataSource dataSource;

    static Map<String, Object> incident(String site, List<String> types) {
        return new HashMap<>(Map.of("site", site, "types", types,
                "description", "Klant schreeuwde en dreigde terug te komen met vrienden."));
    }

    static Map<String, Object> threatWithPhone(String site) {
        Map<String, Object> body = incident(site, List.of("verbal-abuse", "threat"));
        body.put("perpetrator", Map.of("identifierKind", "phone", "identifier", RAW_PHONE,
                "description", "Man, rond de 40, rode jas"));
        return body;
    }

    @Test
    void a_threat_reported_by_staff_is_high_and_is_published_with_a_subject_key_but_not_the_phone_number() {
        Response created = given().header("Authorization", bearer(user("emma.staff")))
                .contentType(ContentType.JSON).body(threatWithPhone("ams-centrum"))
                .post("/api/incidents")
                .then().statusCode(201)
                .header("Location", containsString("/api/incidents/"))
                .body("reference", matchesPattern("INC-\\d{4}-\\d{6}"))
                .body("site", equalTo("ams-centrum"))
                .body("types", hasItems("verbal-abuse", "threat"))
                .body("severity", equalTo("high"))
                .body("severityRule", equalTo("threat"))
                .body("status", equalTo("reported"))
                .body("perpetratorSubjectKey", matchesPattern("sk1_[A-Za-z0-9_-]{43}"))
                .body(not(containsString(PHONE_DIGITS)))
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/incidents/" + id);

        List<ConsumerRecord<String, String>> records = new TopicClient(KafkaServer.shared().bootstrapServers())
                .await(Topics.INCIDENTS, r -> id.equals(r.key())
                        && r.value().contains("\"" + IncidentEventTypes.REPORTED_V1 + "\""), 1, Duration.ofSeconds(10));
        assertThat(records).hasSize(1);
        String value = records.get(0).value();
        ContractAssertions.assertMatchesContract(value);
        EventEnvelope event = EventCodec.decode(value);
        assertThat(event.type()).isEqualTo(IncidentEventTypes.REPORTED_V1);
        assertThat(event.subject()).isEqualTo(id);
        assertThat(event.data().get("reference").asText()).isEqualTo(created.path("reference"));
        assertThat(event.data().get("severity").asText()).isEqualTo("high");
        assertThat(event.data().get("source").asText()).isEqualTo("staff-report");
        assertThat(event.data().get("perpetratorSubjectKey").asText())
                .isEqualTo(created.<String>path("perpetratorSubjectKey"));
        assertThat(value).doesNotContain(PHONE_DIGITS).doesNotContain("rode jas").doesNotContain("dreigde");
    }

    @Test
    void the_raw_phone_number_is_stored_in_no_table() throws Exception {
        given().header("Authorization", bearer(user("emma.staff")))
                .contentType(ContentType.JSON).body(threatWithPhone("ams-centrum"))
                .post("/api/incidents").then().statusCode(201);

        assertThat(countRows("incident")).isPositive();
        for (String table : tables()) {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement(
                         "SELECT count(*) FROM \"" + table + "\" AS row WHERE row::text LIKE ? OR row::text LIKE ?")) {
                s.setString(1, "%" + PHONE_DIGITS + "%");
                s.setString(2, "%4829 1537%");
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("rows of " + table + " holding the phone number").isZero();
                }
            }
        }
    }

    @Test
    void the_same_phone_number_written_two_ways_points_at_the_same_perpetrator() {
        String first = given().header("Authorization", bearer(user("emma.staff")))
                .contentType(ContentType.JSON).body(threatWithPhone("ams-centrum"))
                .post("/api/incidents").then().statusCode(201).extract().path("perpetratorSubjectKey");
        Map<String, Object> body = incident("utr-centraal", List.of("excessive-contact"));
        body.put("perpetrator", Map.of("identifierKind", "phone", "identifier", "+31 6 48 29 15 37"));
        given().header("Authorization", bearer(user("daan.staff")))
                .contentType(ContentType.JSON).body(body)
                .post("/api/incidents").then().statusCode(201)
                .body("perpetratorSubjectKey", equalTo(first))
                .body("severity", equalTo("low"));
    }

    @Test
    void immediate_danger_makes_any_incident_critical() {
        Map<String, Object> body = incident("ams-centrum", List.of("unreasonable-demand"));
        body.put("immediateDanger", true);
        given().header("Authorization", bearer(user("emma.staff")))
                .contentType(ContentType.JSON).body(body)
                .post("/api/incidents").then().statusCode(201)
                .body("severity", equalTo("critical"))
                .body("severityRule", equalTo("violence-or-immediate-danger"))
                .body("perpetratorSubjectKey", nullValue());
    }

    @Test
    void without_a_token_reporting_is_unauthorized() {
        given().contentType(ContentType.JSON).body(incident("ams-centrum", List.of("threat")))
                .post("/api/incidents").then().statusCode(401);
    }

    @Test
    void a_role_that_does_not_report_incidents_is_forbidden() {
        given().header("Authorization", bearer(user("carla.counsellor")))
                .contentType(ContentType.JSON).body(incident("ams-centrum", List.of("threat")))
                .post("/api/incidents")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void a_report_without_types_or_description_is_refused_naming_the_fields_and_nothing_is_stored() throws Exception {
        long before = countRows("incident");
        long outboxBefore = countRows("frontline_outbox");
        given().header("Authorization", bearer(user("emma.staff")))
                .contentType(ContentType.JSON).body(Map.of("site", "ams-centrum", "types", List.of()))
                .post("/api/incidents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItems("types", "description"))
                .body("errors.field", not(hasItems("site")));
        given().header("Authorization", bearer(user("emma.staff")))
                .contentType(ContentType.JSON)
                .body(Map.of("site", "ams-centrum", "types", List.of("shouting"), "description", "x"))
                .post("/api/incidents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("types"));
        assertThat(countRows("incident")).isEqualTo(before);
        assertThat(countRows("frontline_outbox")).isEqualTo(outboxBefore);
    }

    @Test
    void an_unusable_perpetrator_identifier_is_refused_without_repeating_it() throws Exception {
        long before = countRows("incident");
        Map<String, Object> withoutKind = incident("ams-centrum", List.of("threat"));
        withoutKind.put("perpetrator", Map.of("identifier", RAW_PHONE));
        given().header("Authorization", bearer(user("emma.staff")))
                .contentType(ContentType.JSON).body(withoutKind)
                .post("/api/incidents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("perpetrator.identifierKind"))
                .body(not(containsString(PHONE_DIGITS)));
        Map<String, Object> notAPhone = incident("ams-centrum", List.of("threat"));
        notAPhone.put("perpetrator", Map.of("identifierKind", "phone", "identifier", "bel me 4829x"));
        given().header("Authorization", bearer(user("emma.staff")))
                .contentType(ContentType.JSON).body(notAPhone)
                .post("/api/incidents")
                .then().statusCode(400).contentType("application/problem+json")
                .body(not(containsString("4829x")));
        assertThat(countRows("incident")).isEqualTo(before);
    }

    @Test
    void staff_cannot_report_for_a_site_that_is_not_theirs() {
        given().header("Authorization", bearer(user("emma.staff")))
                .contentType(ContentType.JSON).body(incident("utr-centraal", List.of("threat")))
                .post("/api/incidents")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void a_manager_reads_incidents_of_their_own_sites_only() {
        String id = given().header("Authorization", bearer(user("daan.staff")))
                .contentType(ContentType.JSON).body(threatWithPhone("utr-centraal"))
                .post("/api/incidents").then().statusCode(201).extract().path("id");

        given().header("Authorization", bearer(user("bram.manager")))
                .get("/api/incidents/" + id).then().statusCode(200)
                .body("site", equalTo("utr-centraal"))
                .body("reportedBy", equalTo("daan.staff"))
                .body("perpetratorDescription", equalTo("Man, rond de 40, rode jas"))
                .body(not(containsString(PHONE_DIGITS)));
        given().header("Authorization", bearer(user("noor.regional")))
                .get("/api/incidents/" + id).then().statusCode(200);
        given().header("Authorization", bearer(user("henk.hq")))
                .get("/api/incidents/" + id).then().statusCode(200);
        given().header("Authorization", bearer(user("sanne.manager")))
                .get("/api/incidents/" + id).then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", bearer(user("thijs.regional")))
                .get("/api/incidents/" + id).then().statusCode(404);
        given().header("Authorization", bearer(user("daan.staff")))
                .get("/api/incidents/" + id).then().statusCode(403);
    }

    @Test
    void the_call_center_platform_reports_for_its_own_call_center() {
        given().header("Authorization", bearer(client("callcenter-platform")))
                .contentType(ContentType.JSON).body(incident("cc-rotterdam", List.of("excessive-contact")))
                .post("/api/incidents").then().statusCode(201).body("severity", equalTo("low"));
        given().header("Authorization", bearer(client("callcenter-platform")))
                .contentType(ContentType.JSON).body(incident("ams-centrum", List.of("excessive-contact")))
                .post("/api/incidents").then().statusCode(403);
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

    private long countRows(String table) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
