package io.frontline.incident.application.domain.model;

import io.frontline.platform.domain.IllegalTransition;
import io.frontline.platform.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
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

    private static Statement statement(Incident incident, String author, StatementRole role) {
        return new Statement(UUID.randomUUID(), incident.id(), role, author, "Ik zag het gebeuren.", NOW);
    }

    private static Statement witness(Incident incident, String author) {
        return statement(incident, author, StatementRole.WITNESS);
    }

    @Test
    void the_reporter_cannot_give_a_witness_or_uninvolved_statement_on_their_own_incident() {
        Incident incident = underInvestigation(IncidentType.THREAT);
        assertThatThrownBy(() -> incident.checkStatementCapacity("emma.staff", StatementRole.UNINVOLVED))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("victim");
        assertThatThrownBy(() -> incident.checkStatementCapacity("emma.staff", StatementRole.WITNESS))
                .isInstanceOf(RuleViolation.class);
        incident.checkStatementCapacity("emma.staff", StatementRole.VICTIM);
        incident.checkStatementCapacity("joost.staff", StatementRole.WITNESS);
    }

    @Test
    void only_a_statement_by_someone_not_involved_and_not_the_confirmer_counts_as_independent() {
        Incident incident = underInvestigation(IncidentType.THREAT);
        List<Statement> notIndependent = List.of(statement(incident, "emma.staff", StatementRole.UNINVOLVED),
                statement(incident, "joost.staff", StatementRole.VICTIM), witness(incident, "bram.manager"));
        assertThatThrownBy(() -> incident.confirm("bram.manager", notIndependent, null, NOW))
                .isInstanceOf(RuleViolation.class);
        assertThat(incident.status()).isEqualTo(IncidentStatus.UNDER_INVESTIGATION);
        incident.confirm("sanne.manager", notIndependent, null, NOW);
        assertThat(incident.progress().decidedBy()).as("bram's witness account counts for another confirmer")
                .isEqualTo("sanne.manager");
    }

    @Test
    void a_named_victim_is_directly_involved_too() {
        Incident incident = Incident.report(UUID.randomUUID(), IncidentReference.of(2026, 8), "ams-centrum",
                EnumSet.of(IncidentType.THREAT), "Klant dreigde", NOW, false, null, IncidentSource.MANAGER,
                "sanne.manager", List.of("emma.staff"), List.of(), null, 0, NOW).incident();
        assertThatThrownBy(() -> incident.checkStatementCapacity("Emma.Staff", StatementRole.WITNESS))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void an_incident_is_confirmed_only_from_investigation() {
        Incident incident = reported(IncidentType.THREAT);
        assertThatThrownBy(() -> incident.confirm("bram.manager", List.of(witness(incident, "joost.staff")), null, NOW)).isInstanceOf(IllegalTransition.class);
        incident.triage(NOW);
        assertThatThrownBy(() -> incident.confirm("bram.manager", List.of(witness(incident, "joost.staff")), null, NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> incident.triage(NOW)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void the_victims_word_alone_does_not_confirm_an_incident_without_a_reason_why_there_is_no_other_source() {
        Incident incident = underInvestigation(IncidentType.VERBAL_ABUSE);
        assertThatThrownBy(() -> incident.confirm("bram.manager", List.of(), " ", NOW)).isInstanceOf(RuleViolation.class);
        assertThat(incident.status()).isEqualTo(IncidentStatus.UNDER_INVESTIGATION);
        IncidentEvents.Confirmed confirmed = incident.confirm("bram.manager", List.of(), "Alleen de medewerker was aanwezig", NOW);
        assertThat(confirmed.incident().status()).isEqualTo(IncidentStatus.CONFIRMED);
        assertThat(incident.progress().noOtherSourceReason()).isEqualTo("Alleen de medewerker was aanwezig");
    }

    @Test
    void a_confirmed_incident_is_closed_only_with_a_recurrence_prevention_note() {
        Incident incident = underInvestigation(IncidentType.THREAT);
        incident.confirm("bram.manager", List.of(witness(incident, "joost.staff")), null, NOW);
        assertThatThrownBy(() -> incident.close(null, NOW)).isInstanceOf(RuleViolation.class);
        incident.close("Tweede medewerker bij de balie", NOW);
        assertThat(incident.status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(incident.progress().outcome()).isEqualTo(IncidentStatus.CONFIRMED);
    }

    @Test
    void reopening_needs_a_reason_and_clears_the_outcome() {
        Incident incident = underInvestigation(IncidentType.VERBAL_ABUSE);
        incident.declareUnfounded("bram.manager", "Beelden tonen een normaal gesprek", NOW);
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
