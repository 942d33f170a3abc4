package io.frontline.incident.application.domain.model;

import io.frontline.platform.domain.IllegalTransition;
import io.frontline.platform.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentWorkflowTest {
    private static final Instant NOW = Instant.parse("2026-11-02T14:03:10Z");

    private static Incident reported(IncidentType... types) {
        return Incident.report(UUID.randomUUID(), IncidentReference.of(2026, 7), "ams-centrum",
                EnumSet.of(types[0], types), "Klant dreigde", NOW, false, null, IncidentSource.STAFF_REPORT,
                "emma.staff", NOW).incident();
    }

    private static Incident underInvestigation(IncidentType... types) {
        Incident incident = reported(types);
        incident.triage(NOW);
        incident.startInvestigation();
        return incident;
    }

    @Test
    void an_incident_is_confirmed_only_from_investigation() {
        Incident incident = reported(IncidentType.THREAT);
        assertThatThrownBy(() -> incident.confirm(true, null, NOW)).isInstanceOf(IllegalTransition.class);
        incident.triage(NOW);
        assertThatThrownBy(() -> incident.confirm(true, null, NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> incident.triage(NOW)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void the_victims_word_alone_does_not_confirm_an_incident_without_a_reason_why_there_is_no_other_source() {
        Incident incident = underInvestigation(IncidentType.VERBAL_ABUSE);
        assertThatThrownBy(() -> incident.confirm(false, " ", NOW)).isInstanceOf(RuleViolation.class);
        assertThat(incident.status()).isEqualTo(IncidentStatus.UNDER_INVESTIGATION);
        IncidentEvents.Confirmed confirmed = incident.confirm(false, "Alleen de medewerker was aanwezig", NOW);
        assertThat(confirmed.incident().status()).isEqualTo(IncidentStatus.CONFIRMED);
        assertThat(incident.progress().noOtherSourceReason()).isEqualTo("Alleen de medewerker was aanwezig");
    }

    @Test
    void a_confirmed_incident_is_closed_only_with_a_recurrence_prevention_note() {
        Incident incident = underInvestigation(IncidentType.THREAT);
        incident.confirm(true, null, NOW);
        assertThatThrownBy(() -> incident.close(null, NOW)).isInstanceOf(RuleViolation.class);
        incident.close("Tweede medewerker bij de balie", NOW);
        assertThat(incident.status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(incident.progress().outcome()).isEqualTo(IncidentStatus.CONFIRMED);
    }

    @Test
    void reopening_needs_a_reason_and_clears_the_outcome() {
        Incident incident = underInvestigation(IncidentType.VERBAL_ABUSE);
        incident.declareUnfounded("Beelden tonen een normaal gesprek", NOW);
        assertThatThrownBy(() -> incident.reopen("")).isInstanceOf(RuleViolation.class);
        incident.reopen("Nieuwe getuige");
        assertThat(incident.status()).isEqualTo(IncidentStatus.UNDER_INVESTIGATION);
        assertThat(incident.progress().outcome()).isNull();
        assertThatThrownBy(() -> reported(IncidentType.OTHER).reopen("x")).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void a_police_report_is_recommended_for_violence_and_threats_only() {
        assertThat(reported(IncidentType.PHYSICAL_VIOLENCE).policeReportRecommended()).isTrue();
        assertThat(reported(IncidentType.THREAT).policeReportRecommended()).isTrue();
        assertThat(reported(IncidentType.VERBAL_ABUSE).policeReportRecommended()).isFalse();
    }

    @Test
    void high_and_critical_incidents_are_escalated_at_once_and_others_not() {
        assertThat(reported(IncidentType.THREAT).escalation(NOW)).isPresent();
        assertThat(reported(IncidentType.SEXUAL_HARASSMENT).escalation(NOW)).isPresent();
        assertThat(reported(IncidentType.DISCRIMINATION).escalation(NOW)).isEmpty();
    }
}
