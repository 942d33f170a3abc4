package io.frontline.incident.application.domain.model;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static io.frontline.incident.application.domain.model.IncidentType.DISCRIMINATION;
import static io.frontline.incident.application.domain.model.IncidentType.EXCESSIVE_CONTACT;
import static io.frontline.incident.application.domain.model.IncidentType.ONLINE_DEFAMATION;
import static io.frontline.incident.application.domain.model.IncidentType.OTHER;
import static io.frontline.incident.application.domain.model.IncidentType.PHYSICAL_VIOLENCE;
import static io.frontline.incident.application.domain.model.IncidentType.PROPERTY_DAMAGE;
import static io.frontline.incident.application.domain.model.IncidentType.SEXUAL_HARASSMENT;
import static io.frontline.incident.application.domain.model.IncidentType.STALKING;
import static io.frontline.incident.application.domain.model.IncidentType.THREAT;
import static io.frontline.incident.application.domain.model.IncidentType.UNREASONABLE_DEMAND;
import static io.frontline.incident.application.domain.model.IncidentType.VERBAL_ABUSE;
import static org.assertj.core.api.Assertions.assertThat;

/** One test per row of the {@link SeverityRule} table. */
class SeverityRuleTest {

    private static SeverityRule firing(boolean immediateDanger, IncidentType... types) {
        return SeverityRule.firing(EnumSet.copyOf(Set.of(types)), immediateDanger);
    }

    @Test
    void physical_violence_sexual_harassment_or_immediate_danger_is_critical() {
        assertThat(firing(false, PHYSICAL_VIOLENCE)).isEqualTo(SeverityRule.VIOLENCE_OR_IMMEDIATE_DANGER);
        assertThat(firing(false, SEXUAL_HARASSMENT)).isEqualTo(SeverityRule.VIOLENCE_OR_IMMEDIATE_DANGER);
        assertThat(firing(true, UNREASONABLE_DEMAND)).isEqualTo(SeverityRule.VIOLENCE_OR_IMMEDIATE_DANGER);
        assertThat(SeverityRule.VIOLENCE_OR_IMMEDIATE_DANGER.severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void a_threat_is_high() {
        assertThat(firing(false, THREAT)).isEqualTo(SeverityRule.THREAT);
        assertThat(SeverityRule.THREAT.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void discrimination_is_medium() {
        assertThat(firing(false, DISCRIMINATION)).isEqualTo(SeverityRule.DISCRIMINATION);
        assertThat(SeverityRule.DISCRIMINATION.severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void verbal_abuse_is_medium() {
        assertThat(firing(false, VERBAL_ABUSE)).isEqualTo(SeverityRule.VERBAL_ABUSE);
        assertThat(SeverityRule.VERBAL_ABUSE.severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void an_unreasonable_demand_or_excessive_contact_is_low() {
        assertThat(firing(false, UNREASONABLE_DEMAND)).isEqualTo(SeverityRule.UNREASONABLE_DEMAND_OR_EXCESSIVE_CONTACT);
        assertThat(firing(false, EXCESSIVE_CONTACT)).isEqualTo(SeverityRule.UNREASONABLE_DEMAND_OR_EXCESSIVE_CONTACT);
        assertThat(SeverityRule.UNREASONABLE_DEMAND_OR_EXCESSIVE_CONTACT.severity()).isEqualTo(Severity.LOW);
    }

    @Test
    void anything_else_is_low() {
        for (IncidentType type : new IncidentType[] {ONLINE_DEFAMATION, STALKING, PROPERTY_DAMAGE, OTHER}) {
            assertThat(firing(false, type)).as(type.name()).isEqualTo(SeverityRule.OTHERWISE);
        }
        assertThat(SeverityRule.OTHERWISE.severity()).isEqualTo(Severity.LOW);
    }

    @Test
    void an_incident_of_several_types_gets_the_severity_of_its_most_serious_type() {
        assertThat(firing(false, VERBAL_ABUSE, THREAT)).isEqualTo(SeverityRule.THREAT);
        assertThat(firing(false, UNREASONABLE_DEMAND, DISCRIMINATION)).isEqualTo(SeverityRule.DISCRIMINATION);
        assertThat(firing(false, THREAT, PHYSICAL_VIOLENCE)).isEqualTo(SeverityRule.VIOLENCE_OR_IMMEDIATE_DANGER);
    }

    @Test
    void a_perpetrator_with_two_confirmed_incidents_in_the_last_year_raises_the_severity_one_level() {
        SeverityAssessment abuse = SeverityAssessment.of(EnumSet.of(VERBAL_ABUSE), false, 2);
        assertThat(abuse.rule()).isEqualTo(SeverityRule.VERBAL_ABUSE);
        assertThat(abuse.severity()).isEqualTo(Severity.HIGH);
        assertThat(abuse.raisedForRepeatPerpetrator()).isTrue();
        assertThat(SeverityAssessment.of(EnumSet.of(DISCRIMINATION), false, 3).severity()).isEqualTo(Severity.HIGH);
        assertThat(SeverityAssessment.of(EnumSet.of(UNREASONABLE_DEMAND), false, 2).severity())
                .isEqualTo(Severity.MEDIUM);
        assertThat(SeverityAssessment.of(EnumSet.of(THREAT), false, 2).severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void one_confirmed_incident_does_not_raise_the_severity_and_critical_stays_critical() {
        SeverityAssessment once = SeverityAssessment.of(EnumSet.of(VERBAL_ABUSE), false, 1);
        assertThat(once.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(once.raisedForRepeatPerpetrator()).isFalse();
        assertThat(SeverityAssessment.of(EnumSet.of(PHYSICAL_VIOLENCE), false, 5).severity())
                .isEqualTo(Severity.CRITICAL);
    }
}
