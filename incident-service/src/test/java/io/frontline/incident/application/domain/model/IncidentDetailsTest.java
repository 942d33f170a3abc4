package io.frontline.incident.application.domain.model;

import io.frontline.platform.domain.IllegalTransition;
import io.frontline.platform.domain.RuleViolation;
import io.frontline.platform.domain.SubjectKey;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Details added after the quick report, and what they do to the severity and the escalation. */
class IncidentDetailsTest {
    private static final Instant REPORTED = Instant.parse("2026-11-02T14:03:10Z");
    private static final Instant LATER = REPORTED.plus(Duration.ofMinutes(20));
    private static final SubjectKey KEY = new SubjectKey("sk1_" + "A".repeat(43));
    private static final SubjectKey OTHER_KEY = new SubjectKey("sk1_" + "B".repeat(43));

    private static Incident reported(Perpetrator perpetrator, IncidentType... types) {
        return Incident.report(UUID.randomUUID(), IncidentReference.of(2026, 11), "ams-centrum",
                EnumSet.of(types[0], types), "Klant werd boos", REPORTED, false, perpetrator,
                IncidentSource.STAFF_REPORT, "emma.staff", REPORTED).incident();
    }

    private static IncidentDetails danger(boolean immediateDanger) {
        return new IncidentDetails(null, null, null, null, null, immediateDanger);
    }

    private static IncidentDetails types(IncidentType... types) {
        return new IncidentDetails(null, Set.of(types), null, null, null, null);
    }

    private static IncidentDetails perpetrator(SubjectKey key, String description) {
        return new IncidentDetails(null, null, null, null, new Perpetrator(key, description), null);
    }

    @Test
    void immediate_danger_reported_later_makes_the_incident_critical_and_escalates_it_once() {
        Incident incident = reported(null, IncidentType.UNREASONABLE_DEMAND);
        assertThat(incident.escalation(REPORTED)).isEmpty();

        Optional<IncidentEvents.Escalated> escalated = incident.addDetails(danger(true), 0, LATER);

        assertThat(incident.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(incident.severityRule()).isEqualTo(SeverityRule.VIOLENCE_OR_IMMEDIATE_DANGER);
        assertThat(incident.immediateDanger()).isTrue();
        assertThat(escalated).hasValueSatisfying(e -> {
            assertThat(e.incidentId()).isEqualTo(incident.id());
            assertThat(e.occurredAt()).isEqualTo(LATER);
        });
        assertThat(incident.addDetails(danger(true), 0, LATER)).isEmpty();
        assertThat(incident.addDetails(types(IncidentType.PHYSICAL_VIOLENCE), 0, LATER)).isEmpty();
    }

    @Test
    void an_incident_escalated_at_its_report_is_not_escalated_again_when_it_becomes_critical() {
        Incident incident = reported(null, IncidentType.THREAT);
        assertThat(incident.escalation(REPORTED)).isPresent();

        assertThat(incident.addDetails(danger(true), 0, LATER)).isEmpty();
        assertThat(incident.severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void a_type_added_later_counts_with_the_others_and_a_medium_incident_is_not_escalated() {
        Incident incident = reported(null, IncidentType.UNREASONABLE_DEMAND);

        assertThat(incident.addDetails(types(IncidentType.VERBAL_ABUSE, IncidentType.UNREASONABLE_DEMAND), 0, LATER))
                .isEmpty();

        assertThat(incident.types()).containsExactly(IncidentType.VERBAL_ABUSE, IncidentType.UNREASONABLE_DEMAND);
        assertThat(incident.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(incident.severityRule()).isEqualTo(SeverityRule.VERBAL_ABUSE);
    }

    @Test
    void naming_a_perpetrator_with_two_confirmed_incidents_in_the_last_year_raises_the_severity_and_escalates() {
        Incident incident = reported(null, IncidentType.VERBAL_ABUSE);

        Optional<IncidentEvents.Escalated> escalated = incident.addDetails(perpetrator(KEY, "Man, rode jas"), 2,
                LATER);

        assertThat(incident.perpetrator()).contains(new Perpetrator(KEY, "Man, rode jas"));
        assertThat(incident.severity()).isEqualTo(Severity.HIGH);
        assertThat(incident.severityRule()).isEqualTo(SeverityRule.VERBAL_ABUSE);
        assertThat(incident.assessment().raisedForRepeatPerpetrator()).isTrue();
        assertThat(escalated).isPresent();
    }

    @Test
    void a_perpetrator_with_one_confirmed_incident_does_not_raise_the_severity() {
        Incident incident = reported(null, IncidentType.VERBAL_ABUSE);

        incident.addDetails(perpetrator(KEY, null), 1, LATER);

        assertThat(incident.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(incident.assessment().raisedForRepeatPerpetrator()).isFalse();
    }

    @Test
    void a_raise_for_a_repeat_perpetrator_stays_when_more_details_are_added() {
        Incident incident = reported(null, IncidentType.UNREASONABLE_DEMAND);
        incident.addDetails(perpetrator(KEY, null), 3, LATER);
        assertThat(incident.severity()).isEqualTo(Severity.MEDIUM);

        incident.addDetails(types(IncidentType.VERBAL_ABUSE), 0, LATER);

        assertThat(incident.severity()).isEqualTo(Severity.HIGH);
        assertThat(incident.assessment().raisedForRepeatPerpetrator()).isTrue();
    }

    @Test
    void an_identified_perpetrator_is_completed_with_a_description_but_not_swapped_for_another() {
        Incident incident = reported(new Perpetrator(KEY, null), IncidentType.VERBAL_ABUSE);

        incident.addDetails(perpetrator(null, "Vrouw, blauwe tas"), 5, LATER);
        assertThat(incident.perpetrator()).contains(new Perpetrator(KEY, "Vrouw, blauwe tas"));
        assertThat(incident.severity()).as("the confirmed incidents of a known perpetrator count at the report")
                .isEqualTo(Severity.MEDIUM);

        assertThatThrownBy(() -> incident.addDetails(perpetrator(OTHER_KEY, null), 0, LATER))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("perpetrator.identifier"));
        assertThat(incident.perpetrator().flatMap(Perpetrator::key)).contains(KEY);
    }

    @Test
    void immediate_danger_once_reported_cannot_be_withdrawn() {
        Incident incident = reported(null, IncidentType.THREAT);
        incident.addDetails(danger(true), 0, LATER);

        assertThatThrownBy(() -> incident.addDetails(danger(false), 0, LATER))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("immediateDanger"));
        assertThat(incident.immediateDanger()).isTrue();
        assertThat(incident.severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void victims_and_witnesses_are_added_to_those_known_and_the_time_it_happened_is_set() {
        Incident incident = Incident.report(UUID.randomUUID(), IncidentReference.of(2026, 12), "ams-centrum",
                EnumSet.of(IncidentType.OTHER), "x", REPORTED, false, null, IncidentSource.STAFF_REPORT,
                "emma.staff", List.of("Emma"), List.of(), null, 0, REPORTED).incident();
        Instant happened = REPORTED.minus(Duration.ofMinutes(45));

        incident.addDetails(new IncidentDetails(happened, null, List.of("Emma", " Joost "), List.of("Fatima"), null,
                null), 0, LATER);

        assertThat(incident.victims()).containsExactly("Emma", "Joost");
        assertThat(incident.witnesses()).containsExactly("Fatima");
        assertThat(incident.occurredAt()).isEqualTo(happened);
    }

    @Test
    void an_incident_cannot_have_happened_after_it_was_reported() {
        Incident incident = reported(null, IncidentType.OTHER);

        assertThatThrownBy(() -> incident.addDetails(new IncidentDetails(REPORTED.plusSeconds(1), null, null, null,
                null, null), 0, LATER)).isInstanceOf(RuleViolation.class);
        assertThat(incident.occurredAt()).isEqualTo(REPORTED);
    }

    @Test
    void a_closed_incident_takes_no_more_details() {
        Incident incident = reported(null, IncidentType.OTHER);
        incident.triage(REPORTED);
        incident.startInvestigation();
        incident.declareUnfounded("sanne.manager", "Normaal gesprek op camera", REPORTED);
        incident.close(null, REPORTED);

        assertThatThrownBy(() -> incident.addDetails(danger(true), 0, LATER)).isInstanceOf(IllegalTransition.class);
        assertThat(incident.severity()).isEqualTo(Severity.LOW);
    }
}
