package io.frontline.incident.application.domain.model;

import io.frontline.platform.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentTest {
    private static final Instant NOW = Instant.parse("2026-11-02T14:03:10Z");

    @Test
    void a_reported_incident_keeps_its_severity_and_the_rule_that_decided_it() {
        UUID id = UUID.randomUUID();
        IncidentReported reported = Incident.report(id, IncidentReference.of(2026, 42), "utr-centraal",
                EnumSet.of(IncidentType.VERBAL_ABUSE, IncidentType.THREAT), "Dreigde terug te komen",
                NOW.minusSeconds(600), false, null, IncidentSource.STAFF_REPORT, "daan.staff", NOW);

        assertThat(reported.incidentId()).isEqualTo(id);
        assertThat(reported.occurredAt()).isEqualTo(NOW);
        assertThat(reported.eventId()).isNotNull();
        Incident incident = reported.incident();
        assertThat(incident.status()).isEqualTo(IncidentStatus.REPORTED);
        assertThat(incident.severity()).isEqualTo(Severity.HIGH);
        assertThat(incident.severityRule()).isEqualTo(SeverityRule.THREAT);
        assertThat(incident.reportedAt()).isEqualTo(NOW);
        assertThat(incident.perpetrator()).isEmpty();
    }

    @Test
    void an_incident_cannot_be_reported_before_it_happened() {
        assertThatThrownBy(() -> Incident.report(UUID.randomUUID(), IncidentReference.of(2026, 1), "ams-centrum",
                EnumSet.of(IncidentType.OTHER), "x", NOW.plusSeconds(3600), false, null, IncidentSource.STAFF_REPORT,
                "emma.staff", NOW)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void a_reference_carries_the_year_and_a_six_digit_number() {
        assertThat(IncidentReference.of(2026, 42).value()).isEqualTo("INC-2026-000042");
        assertThatThrownBy(() -> IncidentReference.of(2026, 1_000_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IncidentReference("INC-26-1")).isInstanceOf(IllegalArgumentException.class);
    }
}
