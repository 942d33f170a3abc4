package io.frontline.incident.application.domain.model;

import io.frontline.platform.domain.IllegalTransition;
import io.frontline.platform.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CarePlanTest {
    private static final Instant NOW = Instant.parse("2026-11-02T14:03:10Z");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static Incident reported(IncidentType type) {
        return Incident.report(UUID.randomUUID(), IncidentReference.of(2026, 9), "ams-centrum", EnumSet.of(type),
                "x", NOW, false, null, IncidentSource.STAFF_REPORT, "emma.staff", NOW).incident();
    }

    private static CareTask task(List<CareTask> plan, CareTaskKind kind) {
        return plan.stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void every_report_gets_a_safety_check_a_debrief_in_a_day_a_follow_up_in_a_week_and_a_stress_check_in_a_month() {
        List<CareTask> plan = CarePlan.forReport(reported(IncidentType.VERBAL_ABUSE), false, AMSTERDAM);
        assertThat(plan).extracting(CareTask::kind).containsExactly(CareTaskKind.IMMEDIATE_SAFETY_CHECK,
                CareTaskKind.DEBRIEF, CareTaskKind.FOLLOW_UP, CareTaskKind.STRESS_CHECK);
        assertThat(task(plan, CareTaskKind.IMMEDIATE_SAFETY_CHECK).dueAt()).isEqualTo(NOW.plus(Duration.ofHours(4)));
        assertThat(task(plan, CareTaskKind.DEBRIEF).dueAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(task(plan, CareTaskKind.FOLLOW_UP).dueAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
        assertThat(task(plan, CareTaskKind.STRESS_CHECK).dueAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
    }

    @Test
    void care_days_are_days_in_the_site_calendar_due_at_the_same_local_time_across_the_clock_change() {
        // reported Friday 20 March 2026 at 14:00 in Amsterdam; summer time starts on 29 March
        Instant reported = LocalDateTime.parse("2026-03-20T14:00").atZone(AMSTERDAM).toInstant();
        Incident incident = Incident.report(UUID.randomUUID(), IncidentReference.of(2026, 10), "ams-centrum",
                EnumSet.of(IncidentType.VERBAL_ABUSE), "x", reported, false, null, IncidentSource.STAFF_REPORT,
                "emma.staff", reported).incident();
        List<CareTask> plan = CarePlan.forReport(incident, true, AMSTERDAM);
        assertThat(task(plan, CareTaskKind.IMMEDIATE_SAFETY_CHECK).dueAt()).isEqualTo(reported.plus(Duration.ofHours(4)));
        assertThat(task(plan, CareTaskKind.DEBRIEF).dueAt()).isEqualTo(reported.plus(Duration.ofHours(24)));
        assertThat(task(plan, CareTaskKind.FOLLOW_UP).dueAt())
                .isEqualTo(LocalDateTime.parse("2026-03-27T14:00").atZone(AMSTERDAM).toInstant());
        // 30 days as 720 hours would be 15:00 local; the site's calendar says 14:00
        assertThat(task(plan, CareTaskKind.STRESS_CHECK).dueAt())
                .isEqualTo(LocalDateTime.parse("2026-04-19T14:00").atZone(AMSTERDAM).toInstant())
                .isEqualTo(reported.plus(Duration.ofDays(30)).minus(Duration.ofHours(1)));
        // in Tokyo, without daylight saving, a month of days is exactly 720 hours
        assertThat(CareTaskKind.STRESS_CHECK.dueFrom(reported, ZoneId.of("Asia/Tokyo")))
                .isEqualTo(reported.plus(Duration.ofDays(30)));
        assertThat(task(plan, CareTaskKind.SPECIALIST_REFERRAL).dueAt())
                .isEqualTo(LocalDateTime.parse("2026-03-23T14:00").atZone(AMSTERDAM).toInstant());
    }

    @Test
    void the_safety_check_of_a_high_or_critical_incident_is_due_at_once_and_a_flagged_need_adds_a_referral() {
        List<CareTask> plan = CarePlan.forReport(reported(IncidentType.THREAT), true, AMSTERDAM);
        assertThat(task(plan, CareTaskKind.IMMEDIATE_SAFETY_CHECK).dueAt()).isEqualTo(NOW);
        assertThat(plan).extracting(CareTask::kind).contains(CareTaskKind.SPECIALIST_REFERRAL);
    }

    @Test
    void an_open_task_past_its_due_time_is_overdue_once_and_a_done_task_never() {
        List<CareTask> plan = CarePlan.forReport(reported(IncidentType.OTHER), false, AMSTERDAM);
        CareTask debrief = task(plan, CareTaskKind.DEBRIEF);
        assertThat(debrief.overdue(NOW.plus(Duration.ofHours(24)))).isEmpty();
        assertThat(debrief.overdue(NOW.plus(Duration.ofHours(25)))).isPresent();
        assertThat(debrief.overdue(NOW.plus(Duration.ofHours(26)))).isEmpty();

        CareTask followUp = task(plan, CareTaskKind.FOLLOW_UP);
        assertThatThrownBy(() -> followUp.complete(CareTaskStatus.DONE, " ", "sanne.manager", NOW))
                .isInstanceOf(RuleViolation.class);
        followUp.complete(CareTaskStatus.DONE, "Gesprek gevoerd", "sanne.manager", NOW);
        assertThat(followUp.overdue(NOW.plus(Duration.ofDays(8)))).isEmpty();
        assertThatThrownBy(() -> followUp.complete(CareTaskStatus.SKIPPED, "x", "sanne.manager", NOW))
                .isInstanceOf(IllegalTransition.class);
    }

    @Test
    void an_open_safety_check_is_due_at_once_when_the_severity_rises_to_high_and_a_done_one_keeps_its_record() {
        Incident incident = reported(IncidentType.VERBAL_ABUSE);
        List<CareTask> plan = CarePlan.forReport(incident, false, AMSTERDAM);
        Instant later = NOW.plus(Duration.ofMinutes(30));
        incident.addDetails(new IncidentDetails(null, null, null, null, null, true), 0, later);

        List<CareTask> moved = CarePlan.afterSeverityChanged(incident, plan, later);

        assertThat(moved).extracting(CareTask::kind).containsExactly(CareTaskKind.IMMEDIATE_SAFETY_CHECK);
        assertThat(task(plan, CareTaskKind.IMMEDIATE_SAFETY_CHECK).dueAt()).isEqualTo(later);
        assertThat(task(plan, CareTaskKind.DEBRIEF).dueAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));

        Incident other = reported(IncidentType.OTHER);
        List<CareTask> donePlan = CarePlan.forReport(other, false, AMSTERDAM);
        task(donePlan, CareTaskKind.IMMEDIATE_SAFETY_CHECK).complete(CareTaskStatus.DONE, "Veilig", "sanne.manager",
                NOW);
        other.addDetails(new IncidentDetails(null, Set.of(IncidentType.THREAT), null, null, null, null), 0,
                later);
        assertThat(CarePlan.afterSeverityChanged(other, donePlan, later)).isEmpty();
        assertThat(task(donePlan, CareTaskKind.IMMEDIATE_SAFETY_CHECK).dueAt()).isEqualTo(NOW.plus(Duration.ofHours(4)));
    }
}
