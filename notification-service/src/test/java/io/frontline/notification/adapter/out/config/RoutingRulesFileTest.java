package io.frontline.notification.adapter.out.config;

import io.frontline.notification.application.domain.model.RecipientKind;
import io.frontline.notification.application.domain.model.RoutingRules;
import io.frontline.notification.application.domain.model.Severity;
import io.frontline.notification.application.domain.service.SilentEventTypes;
import io.frontline.platform.events.EventTypes;
import io.frontline.platform.events.callcenter.CallcenterEventTypes;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.frontline.platform.events.procedure.ProcedureEventTypes;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RoutingRulesFileTest {
    private static RoutingRules defaults() throws IOException {
        try (InputStream in = RoutingRulesFileTest.class.getClassLoader().getResourceAsStream("routing-rules.yaml")) {
            return RoutingRulesFile.read(in, "routing-rules.yaml");
        }
    }

    @Test
    void the_default_rules_cover_every_event_type_of_the_contracts_but_the_transcript_ingest() throws IOException {
        RoutingRules rules = defaults();

        for (String type : EventTypes.ALL) {
            if (SilentEventTypes.NOT_NOTIFYING.contains(type)) {
                continue;
            }
            assertThat(rules.rules()).as("rules for " + type).anyMatch(r -> r.eventType().equals(type));
        }
        assertThat(rules.rules()).noneMatch(r -> r.eventType().equals(CallcenterEventTypes.TRANSCRIPT_SEGMENT_V1));
    }

    @Test
    void a_high_incident_reaches_the_regional_manager_too_a_low_one_only_the_site_manager() throws IOException {
        RoutingRules rules = defaults();

        assertThat(rules.matching(IncidentEventTypes.REPORTED_V1, Severity.LOW, "ams-centrum"))
                .flatExtracting(r -> r.recipients()).containsExactly(RecipientKind.SITE_MANAGER);
        assertThat(rules.matching(IncidentEventTypes.REPORTED_V1, Severity.HIGH, "ams-centrum"))
                .flatExtracting(r -> r.recipients())
                .containsExactly(RecipientKind.SITE_MANAGER, RecipientKind.REGIONAL_MANAGER);
        assertThat(rules.severityOf(IncidentEventTypes.LIVE_ALERT_V1)).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void the_parties_of_an_internal_procedure_get_the_decision_and_the_missed_term_notices() throws IOException {
        RoutingRules rules = defaults();

        for (String type : List.of(ProcedureEventTypes.DECISION_TAKEN_V1, ProcedureEventTypes.TERM_MISSED_V1)) {
            assertThat(rules.matching(type, rules.severityOf(type), null)).flatExtracting(r -> r.recipients())
                    .contains(RecipientKind.COMPLAINANT, RecipientKind.ACCUSED);
        }
    }

    @Test
    void a_rule_file_with_unknown_names_is_refused_with_every_problem_listed() {
        String yaml = """
                rules:
                  - {type: frontline.complaint.recieved.v1, to: [site-manager], channels: [email]}
                  - {type: frontline.complaint.received.v1, severity: urgent, to: [shift-lead], channels: [fax]}
                  - {type: frontline.callcenter.transcript-segment.v1, to: [site-manager], channels: [in-app]}
                """;

        InvalidRoutingRulesException refused = catchThrowableOfType(
                () -> RoutingRulesFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml"),
                InvalidRoutingRulesException.class);

        assertThat(refused.problems()).contains(
                "rule #1 (frontline.complaint.recieved.v1) names an unknown event type",
                "rule #2 (frontline.complaint.received.v1) severity 'urgent' is not low, medium, high or critical",
                "rule #3 (frontline.callcenter.transcript-segment.v1) names a type that is not a notification",
                "event type frontline.incident.live-alert.v1 has no rule");
        assertThat(refused.problems()).anyMatch(p -> p.contains("unknown recipient kind 'shift-lead'"));
        assertThat(refused.problems()).anyMatch(p -> p.contains("unknown channel 'fax'"));
        assertThat(refused.getMessage()).contains("test.yaml");
    }

    @Test
    void an_empty_rule_file_is_refused() {
        assertThatThrownBy(() -> RoutingRulesFile.read(new ByteArrayInputStream("rules: []".getBytes(StandardCharsets.UTF_8)), "x"))
                .isInstanceOf(InvalidRoutingRulesException.class).hasMessageContaining("has no 'rules'");
    }

    @Test
    void every_event_type_that_notifies_has_a_title_in_dutch_english_and_japanese() throws IOException {
        for (String language : List.of("nl", "en", "ja")) {
            Properties texts = new Properties();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("texts/" + language + ".properties")) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String type : EventTypes.ALL) {
                if (!SilentEventTypes.NOT_NOTIFYING.contains(type)) {
                    assertThat(texts.getProperty(type)).as(type + " in " + language).isNotBlank();
                }
            }
        }
    }
}
