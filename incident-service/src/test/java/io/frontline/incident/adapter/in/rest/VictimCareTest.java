package io.frontline.incident.adapter.in.rest;

import io.agroal.api.AgroalDataSource;
import io.frontline.incident.application.port.in.VictimCareUseCase;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.Topics;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.frontline.platform.testing.MutableClock;
import io.frontline.platform.testing.contracts.ContractAssertions;
import io.frontline.platform.testing.infra.KafkaServer;
import io.frontline.platform.testing.infra.TopicClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.frontline.incident.Reports.count;
import static io.frontline.incident.Reports.report;
import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Every report gets a care plan; an open task past its due time is reported overdue once. */
@QuarkusTest
class VictimCareTest {
    @Inject
    VictimCareUseCase care;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    private long overdueEvents(String incidentId) {
        return count(dataSource, "SELECT count(*) FROM frontline_outbox WHERE event_type = ? AND record_key = ?",
                IncidentEventTypes.CARE_TASK_OVERDUE_V1, incidentId);
    }

    private List<Map<String, Object>> plan(String id) {
        return given().header("Authorization", bearer(user("sanne.manager"))).get("/api/incidents/" + id + "/care-plan")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    @Test
    void a_report_gets_a_safety_check_debrief_follow_up_and_stress_check_and_high_ones_check_safety_at_once() {
        Map<String, Object> threat = report("emma.staff", "ams-centrum", List.of("threat"), null);
        given().header("Authorization", bearer(user("sanne.manager")))
                .get("/api/incidents/" + threat.get("id") + "/care-plan").then().statusCode(200)
                .body("task", contains("immediate-safety-check", "debrief", "follow-up", "stress-check"))
                .body("status", contains("open", "open", "open", "open"));
        Instant safetyCheckDue = Instant.parse((String) plan((String) threat.get("id")).get(0).get("dueAt"));
        assertThat(Duration.between(Instant.parse((String) threat.get("reportedAt")), safetyCheckDue).abs())
                .as("due at once").isLessThan(Duration.ofMillis(1));
        given().header("Authorization", bearer(user("bram.manager")))
                .get("/api/incidents/" + threat.get("id") + "/care-plan").then().statusCode(404);

        Map<String, Object> body = new java.util.HashMap<>(io.frontline.incident.Reports.body("ams-centrum",
                List.of("verbal-abuse"), null));
        body.put("specialistNeeded", true);
        String id = given().header("Authorization", bearer(user("emma.staff"))).contentType(ContentType.JSON)
                .body(body).post("/api/incidents").then().statusCode(201).extract().path("id");
        assertThat(plan(id)).extracting(t -> t.get("task")).contains("specialist-referral");

        String later = (String) threat.get("id");
        given().header("Authorization", bearer(user("sanne.manager")))
                .post("/api/incidents/" + later + "/care-plan/specialist-referral").then().statusCode(200)
                .body("task", equalTo("specialist-referral")).body("status", equalTo("open"));
        assertThat(plan(later)).extracting(t -> t.get("task")).contains("specialist-referral");
    }

    @Test
    void each_care_task_past_its_due_time_is_reported_overdue_once_and_done_tasks_never() {
        String id = (String) report("emma.staff", "ams-centrum", List.of("verbal-abuse"), null).get("id");
        String stressCheck = (String) plan(id).stream().filter(t -> "stress-check".equals(t.get("task")))
                .findFirst().orElseThrow().get("id");
        given().header("Authorization", bearer(user("sanne.manager"))).contentType(ContentType.JSON)
                .body(Map.of("note", "Gesprek gevoerd met de bedrijfsarts."))
                .post("/api/incidents/" + id + "/care-plan/tasks/" + stressCheck + "/done").then().statusCode(200)
                .body("status", equalTo("done"));
        given().header("Authorization", bearer(user("sanne.manager"))).contentType(ContentType.JSON)
                .body(Map.of("note", "nog een keer"))
                .post("/api/incidents/" + id + "/care-plan/tasks/" + stressCheck + "/skipped").then().statusCode(409);

        care.reportOverdueTasks();
        assertThat(overdueEvents(id)).isZero();

        MutableClock.shared().advance(Duration.ofHours(25));
        care.reportOverdueTasks();
        assertThat(overdueEvents(id)).isEqualTo(2); // safety check (4 h) and debrief (24 h)
        care.reportOverdueTasks();
        assertThat(overdueEvents(id)).isEqualTo(2);

        MutableClock.shared().advance(Duration.ofDays(40));
        care.reportOverdueTasks();
        assertThat(overdueEvents(id)).isEqualTo(3); // the follow-up; the stress check was done

        List<ConsumerRecord<String, String>> published = new TopicClient(KafkaServer.shared().bootstrapServers())
                .await(Topics.INCIDENTS, r -> id.equals(r.key())
                        && r.value().contains(IncidentEventTypes.CARE_TASK_OVERDUE_V1), 3, Duration.ofSeconds(10));
        assertThat(published).hasSize(3);
        published.forEach(r -> ContractAssertions.assertMatchesContract(r.value()));
        assertThat(published.stream().map(r -> EventCodec.decode(r.value()).data().get("task").asText()))
                .containsExactlyInAnyOrder("immediate-safety-check", "debrief", "follow-up");
    }

    @Test
    void a_skipped_task_needs_a_note_and_is_not_overdue_afterwards() {
        String id = (String) report("emma.staff", "ams-centrum", List.of("other"), null).get("id");
        String debrief = (String) plan(id).stream().filter(t -> "debrief".equals(t.get("task")))
                .findFirst().orElseThrow().get("id");
        given().header("Authorization", bearer(user("sanne.manager"))).contentType(ContentType.JSON)
                .body(Map.of()).post("/api/incidents/" + id + "/care-plan/tasks/" + debrief + "/skipped")
                .then().statusCode(422);
        given().header("Authorization", bearer(user("sanne.manager"))).contentType(ContentType.JSON)
                .body(Map.of("note", "Medewerker wil geen nagesprek."))
                .post("/api/incidents/" + id + "/care-plan/tasks/" + debrief + "/skipped").then().statusCode(200)
                .body("status", equalTo("skipped"));
        MutableClock.shared().advance(Duration.ofHours(25));
        care.reportOverdueTasks();
        assertThat(overdueEvents(id)).isEqualTo(1); // the safety check only
    }
}
