package io.frontline.complaint.adapter.in.rest;

import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventEnvelope;
import io.frontline.platform.events.complaint.ComplaintEventTypes;
import io.frontline.platform.events.Topics;
import io.frontline.platform.testing.contracts.ContractAssertions;
import io.frontline.platform.testing.infra.KafkaServer;
import io.frontline.platform.testing.infra.TopicClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
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

@QuarkusTest
class ComplaintResourceTest {

    @Inject
    AgroalDataSource dataSource;

    static Map<String, Object> complaint(String site) {
        return Map.of("site", site, "channel", "phone", "category", "billing",
                "subject", "Dubbel betaald", "description", "Mijn abonnement is twee keer afgeschreven.",
                "language", "nl");
    }

    @Test
    void a_complaint_filed_by_staff_gets_a_reference_and_a_due_date_and_is_published() {
        Response created = given().header("Authorization", bearer(user("emma.staff")))
                .contentType(ContentType.JSON).body(complaint("ams-centrum"))
                .post("/api/complaints")
                .then().statusCode(201)
                .header("Location", containsString("/api/complaints/"))
                .body("reference", matchesPattern("CMP-\\d{4}-\\d{6}"))
                .body("status", equalTo("acknowledged"))
                .extract().response();
        String id = created.path("id");

        List<ConsumerRecord<String, String>> records = new TopicClient(KafkaServer.shared().bootstrapServers())
                .await(Topics.COMPLAINTS, r -> id.equals(r.key()) && r.value().contains(ComplaintEventTypes.RECEIVED_V1), 1,
                        Duration.ofSeconds(10));
        assertThat(records).hasSize(1);
        ContractAssertions.assertMatchesContract(records.get(0).value());
        EventEnvelope event = EventCodec.decode(records.get(0).value());
        assertThat(event.type()).isEqualTo(ComplaintEventTypes.RECEIVED_V1);
        assertThat(event.data().get("reference").asText()).isEqualTo(created.path("reference"));
        assertThat(records.get(0).value()).doesNotContain("Dubbel betaald");
    }

    @Test
    void without_a_token_filing_is_unauthorized() {
        given().contentType(ContentType.JSON).body(complaint("ams-centrum"))
                .post("/api/complaints").then().statusCode(401);
    }

    @Test
    void a_role_that_does_not_take_complaints_is_forbidden() {
        given().header("Authorization", bearer(user("carla.counsellor")))
                .contentType(ContentType.JSON).body(complaint("ams-centrum"))
                .post("/api/complaints")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void an_invalid_body_is_refused_naming_every_bad_field_and_nothing_is_stored() throws Exception {
        long before = countComplaints();
        given().header("Authorization", bearer(user("emma.staff")))
                .contentType(ContentType.JSON)
                .body(Map.of("site", "ams-centrum", "channel", "pigeon", "subject", "", "description", "x"))
                .post("/api/complaints")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItems("channel", "category", "subject"))
                .body("errors.field", not(hasItems("site")));
        assertThat(countComplaints()).isEqualTo(before);
    }

    @Test
    void malformed_json_is_a_problem_not_a_stack_trace() {
        given().header("Authorization", bearer(user("emma.staff")))
                .contentType(ContentType.JSON).body("{\"site\": ")
                .post("/api/complaints")
                .then().statusCode(400).contentType("application/problem+json")
                .body(not(containsString("Exception")));
    }

    @Test
    void staff_cannot_file_for_a_site_that_is_not_theirs() {
        given().header("Authorization", bearer(user("emma.staff")))
                .contentType(ContentType.JSON).body(complaint("utr-centraal"))
                .post("/api/complaints")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void an_unknown_site_is_refused() {
        given().header("Authorization", bearer(user("ada.admin")))
                .contentType(ContentType.JSON).body(complaint("nowhere"))
                .post("/api/complaints")
                .then().statusCode(403);
        given().header("Authorization", bearer(user("henk.hq")))
                .contentType(ContentType.JSON).body(complaint("nowhere"))
                .post("/api/complaints")
                .then().statusCode(422).body("errors.field", hasItems("site"));
    }

    @Test
    void a_manager_reads_complaints_of_their_own_site_only() {
        String id = given().header("Authorization", bearer(client("callcenter-platform")))
                .contentType(ContentType.JSON).body(complaint("cc-rotterdam"))
                .post("/api/complaints").then().statusCode(201).extract().path("id");

        given().header("Authorization", bearer(user("ruben.supervisor")))
                .get("/api/complaints/" + id).then().statusCode(200).body("site", equalTo("cc-rotterdam"));
        given().header("Authorization", bearer(user("thijs.regional")))
                .get("/api/complaints/" + id).then().statusCode(200);
        given().header("Authorization", bearer(user("sanne.manager")))
                .get("/api/complaints/" + id).then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", bearer(user("noor.regional")))
                .get("/api/complaints/" + id).then().statusCode(404);
        given().header("Authorization", bearer(user("emma.staff")))
                .get("/api/complaints/" + id).then().statusCode(403);
    }

    @Test
    void the_outbox_publishes_well_within_100_ms_of_commit() throws Exception {
        // The outbox stamps rows with the application clock: measure on the real one, not the hand-moved one.
        io.frontline.platform.testing.MutableClock.shared().realTime(() -> {
            for (int i = 0; i < 20; i++) {
                given().header("Authorization", bearer(user("emma.staff")))
                        .contentType(ContentType.JSON).body(complaint("ams-centrum"))
                        .post("/api/complaints").then().statusCode(201);
                Thread.sleep(50);
            }
        });
        Thread.sleep(500);
        List<Long> latencies = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT extract(epoch FROM (sent_at - created_at)) * 1000 "
                     + "FROM frontline_outbox WHERE sent_at IS NOT NULL ORDER BY id DESC LIMIT 20")) {
            while (rs.next()) {
                latencies.add(Math.round(rs.getDouble(1)));
            }
        }
        latencies.sort(Long::compare);
        long median = latencies.get(latencies.size() / 2);
        long max = latencies.get(latencies.size() - 1);
        System.out.printf("Outbox latency from write to Kafka ack over %d events: median %d ms, max %d ms%n",
                latencies.size(), median, max);
        assertThat(latencies).hasSize(20);
        assertThat(median).isLessThan(100);
    }

    private long countComplaints() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM complaint")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
