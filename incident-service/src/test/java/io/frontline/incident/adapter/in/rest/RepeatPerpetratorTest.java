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
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.frontline.incident.Reports.report;
import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Repeat perpetrators: the severity raise, the cross-site pattern, the history across sites. */
@QuarkusTest
class RepeatPerpetratorTest {
    private final TopicClient kafka = new TopicClient(KafkaServer.shared().bootstrapServers());

    @Inject
    AgroalDataSource dataSource;

    private long patternEvents(String subjectKey) {
        return Reports.count(dataSource, "SELECT count(*) FROM frontline_outbox WHERE event_type = ? AND record_key = ?",
                IncidentEventTypes.PATTERN_DETECTED_V1, subjectKey);
    }

    @Test
    void a_perpetrator_with_two_confirmed_incidents_in_the_last_year_raises_the_severity_one_level() {
        String email = Reports.freshEmail();
        Reports.confirmedAtUtrecht(email, List.of("verbal-abuse"));
        Map<String, Object> afterOne = report("daan.staff", "utr-centraal", List.of("verbal-abuse"), email);
        assertThat(afterOne).containsEntry("severity", "medium")
                .containsEntry("severityRaisedForRepeatPerpetrator", false);
        Reports.confirmedAtUtrecht(email, List.of("unreasonable-demand"));

        Map<String, Object> abuse = report("daan.staff", "utr-centraal", List.of("verbal-abuse"), email);
        assertThat(abuse).containsEntry("severity", "high").containsEntry("severityRule", "verbal-abuse")
                .containsEntry("severityRaisedForRepeatPerpetrator", true);
        Map<String, Object> demand = report("daan.staff", "utr-centraal", List.of("unreasonable-demand"), email);
        assertThat(demand).containsEntry("severity", "medium");
        Map<String, Object> violence = report("daan.staff", "utr-centraal", List.of("physical-violence"), email);
        assertThat(violence).containsEntry("severity", "critical");
        Map<String, Object> stranger = report("daan.staff", "utr-centraal", List.of("verbal-abuse"),
                Reports.freshEmail());
        assertThat(stranger).containsEntry("severity", "medium");
    }

    @Test
    void one_subject_reported_from_three_sites_within_thirty_days_is_one_pattern_and_a_fourth_report_adds_none() {
        String email = Reports.freshEmail();
        String key = (String) report("emma.staff", "ams-centrum", List.of("verbal-abuse"), email)
                .get("perpetratorSubjectKey");
        report("daan.staff", "utr-centraal", List.of("unreasonable-demand"), email);
        assertThat(patternEvents(key)).isZero();
        report("fleur.manager", "ein-centrum", List.of("threat"), email);
        assertThat(patternEvents(key)).isEqualTo(1);
        report("emma.staff", "ams-centrum", List.of("verbal-abuse"), email);
        assertThat(patternEvents(key)).isEqualTo(1);

        List<ConsumerRecord<String, String>> published = kafka.await(Topics.INCIDENTS, r -> key.equals(r.key()), 2,
                Duration.ofSeconds(5));
        assertThat(published).hasSize(1);
        ContractAssertions.assertMatchesContract(published.get(0).value());
        EventEnvelope pattern = EventCodec.decode(published.get(0).value());
        assertThat(pattern.type()).isEqualTo(IncidentEventTypes.PATTERN_DETECTED_V1);
        assertThat(pattern.data().get("incidentCount").asInt()).isEqualTo(3);
        assertThat(pattern.data().get("siteIds").toString()).contains("ams-centrum", "utr-centraal", "ein-centrum");
    }

    @Test
    void three_reports_from_one_site_are_no_cross_site_pattern() {
        String email = Reports.freshEmail();
        String key = (String) report("emma.staff", "ams-centrum", List.of("verbal-abuse"), email)
                .get("perpetratorSubjectKey");
        report("emma.staff", "ams-centrum", List.of("verbal-abuse"), email);
        report("emma.staff", "ams-centrum", List.of("verbal-abuse"), email);
        assertThat(patternEvents(key)).isZero();
    }

    @Test
    void managers_see_a_subjects_incidents_across_all_sites_with_outcomes_and_staff_do_not() {
        String email = Reports.freshEmail();
        String confirmed = Reports.confirmedAtUtrecht(email, List.of("threat"));
        String key = (String) report("emma.staff", "ams-centrum", List.of("verbal-abuse"), email)
                .get("perpetratorSubjectKey");

        given().header("Authorization", bearer(user("sanne.manager")))
                .get("/api/subjects/" + key + "/history").then().statusCode(200)
                .body("incidents", equalTo(2)).body("confirmed", equalTo(1))
                .body("history.site", containsInAnyOrder("ams-centrum", "utr-centraal"))
                .body("history.find { it.id == '" + confirmed + "' }.outcome", equalTo("confirmed"))
                .body("history.status", hasItem("reported"));
        given().header("Authorization", bearer(user("emma.staff")))
                .get("/api/subjects/" + key + "/history").then().statusCode(403);
    }
}
