package io.frontline.sanction.application.domain.model;

import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.IllegalTransition;
import io.frontline.platform.domain.RuleViolation;
import io.frontline.platform.domain.SubjectKey;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasureTest {
    private static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");
    private static final SubjectKey CUSTOMER = new SubjectKey("sk1_" + "B".repeat(43));
    private static final Instant PROPOSED = Instant.parse("2026-11-03T10:20:13Z");
    private static final Instant APPROVED = Instant.parse("2026-11-03T11:02:17Z");

    @Test
    void the_proposer_cannot_approve_their_own_proposal() {
        Measure ban = entryBan("sanne.manager");

        assertThatThrownBy(() -> ban.approve("sanne.manager", APPROVED, AMS)).isInstanceOf(AccessDenied.class)
                .hasMessageContaining("Four eyes");
        assertThat(ban.status()).isEqualTo(MeasureStatus.PROPOSED);
    }

    @Test
    void an_approved_ban_runs_one_calendar_month_from_the_minute_of_approval() {
        Measure ban = entryBan("sanne.manager");

        assertThat(ban.approve("henk.hq", APPROVED, AMS)).extracting(MeasureEvent::kind)
                .containsExactly(MeasureEventKind.APPROVED, MeasureEventKind.ACTIVATED);

        assertThat(ban.status()).isEqualTo(MeasureStatus.ACTIVE);
        assertThat(ban.startsAt()).contains(Instant.parse("2026-11-03T11:02:00Z"));
        // One month in Amsterdam: 3 November 12:02 CET to 3 December 12:02 CET.
        assertThat(ban.until()).contains(Instant.parse("2026-12-03T11:02:00Z"));
        assertThat(ban.objectionDeadline()).isEqualTo(APPROVED.plus(Duration.ofDays(14)));
    }

    @Test
    void a_ban_expires_at_its_exact_minute() {
        Measure ban = entryBan("sanne.manager");
        ban.approve("henk.hq", APPROVED, AMS);
        Instant until = ban.until().orElseThrow();

        assertThat(ban.inForceAt(until.minusNanos(1))).isTrue();
        assertThat(ban.advance(until.minusSeconds(1))).isEmpty();
        assertThat(ban.inForceAt(until)).isFalse();
        assertThat(ban.advance(until)).extracting(MeasureEvent::kind).containsExactly(MeasureEventKind.EXPIRED);
        assertThat(ban.status()).isEqualTo(MeasureStatus.EXPIRED);
        assertThat(ban.advance(until.plusSeconds(60))).as("expired once").isEmpty();
    }

    @Test
    void a_measure_with_a_later_start_is_approved_first_and_active_from_its_start() {
        Instant start = Instant.parse("2026-11-10T08:00:00Z");
        Measure ban = Measure.propose(UUID.randomUUID(), MeasureType.ENTRY_BAN, CUSTOMER, null, "ams-centrum",
                EntryBanTerms.sites(Set.of("ams-centrum")), null, Period.ofMonths(1), start,
                ProposalBasis.manual("Threatened staff", null, false), "sanne.manager", PROPOSED).measure();

        assertThat(ban.approve("henk.hq", APPROVED, AMS)).extracting(MeasureEvent::kind)
                .containsExactly(MeasureEventKind.APPROVED);
        assertThat(ban.inForceAt(start.minusSeconds(1))).isFalse();
        assertThat(ban.advance(start)).extracting(MeasureEvent::kind).containsExactly(MeasureEventKind.ACTIVATED);
        assertThat(ban.inForceAt(start)).isTrue();
    }

    @Test
    void a_rejection_and_a_lift_need_a_reason() {
        Measure ban = entryBan("sanne.manager");
        assertThatThrownBy(() -> ban.reject("henk.hq", " ", APPROVED)).isInstanceOf(RuleViolation.class);
        ban.approve("henk.hq", APPROVED, AMS);
        assertThatThrownBy(() -> ban.reject("henk.hq", "late", APPROVED)).isInstanceOf(IllegalTransition.class);

        ban.lift("henk.hq", "Apologised in writing", APPROVED.plus(Duration.ofDays(3)));

        assertThat(ban.status()).isEqualTo(MeasureStatus.LIFTED);
        assertThat(ban.inForceAt(APPROVED.plus(Duration.ofDays(4)))).isFalse();
    }

    @Test
    void an_objection_is_recorded_within_fourteen_days_of_notice_only() {
        Measure late = entryBan("sanne.manager");
        late.approve("henk.hq", APPROVED, AMS);
        assertThatThrownBy(() -> late.fileObjection("sanne.manager", "Disagrees",
                APPROVED.plus(Duration.ofDays(14)).plusSeconds(1))).isInstanceOf(RuleViolation.class);

        Measure timely = entryBan("sanne.manager");
        timely.approve("henk.hq", APPROVED, AMS);
        timely.fileObjection("sanne.manager", "Disagrees", APPROVED.plus(Duration.ofDays(14)));
        assertThat(timely.objection().orElseThrow().decisionDue())
                .isEqualTo(APPROVED.plus(Duration.ofDays(28)));
    }

    @Test
    void a_shortened_objection_moves_the_end_and_an_overturned_one_ends_the_measure() {
        Measure shortened = entryBan("sanne.manager");
        shortened.approve("henk.hq", APPROVED, AMS);
        shortened.fileObjection("sanne.manager", "Too long", APPROVED.plus(Duration.ofDays(1)));
        Instant newEnd = Instant.parse("2026-11-20T09:30:45Z");
        shortened.decideObjection("henk.hq", ObjectionOutcome.SHORTENED, "Two weeks suffice", newEnd,
                APPROVED.plus(Duration.ofDays(2)));
        assertThat(shortened.until()).contains(Instant.parse("2026-11-20T09:30:00Z"));

        Measure overturned = entryBan("sanne.manager");
        overturned.approve("henk.hq", APPROVED, AMS);
        overturned.fileObjection("sanne.manager", "Wrong person", APPROVED.plus(Duration.ofDays(1)));
        overturned.decideObjection("henk.hq", ObjectionOutcome.OVERTURNED, "Camera shows someone else", null,
                APPROVED.plus(Duration.ofDays(2)));
        assertThat(overturned.status()).isEqualTo(MeasureStatus.LIFTED);
        assertThat(overturned.overturned()).isTrue();
    }

    @Test
    void the_confirmer_of_the_incident_and_of_the_suggestion_cannot_approve_the_ban_that_rests_on_it() {
        Measure ban = Measure.propose(UUID.randomUUID(), MeasureType.ENTRY_BAN, CUSTOMER, null, "ams-centrum",
                EntryBanTerms.sites(Set.of("ams-centrum")), null, Period.ofMonths(1), null,
                ProposalBasis.manual("Ladder", null, false), "system:sanction-ladder",
                List.of(new EarlierDecision(EarlierDecision.Part.INCIDENT_CONFIRMER, "sanne.manager"),
                        new EarlierDecision(EarlierDecision.Part.SUGGESTION_CONFIRMER, "ruben.supervisor")),
                PROPOSED).measure();
        assertThat(ban.fourEyesRefusal("sanne.manager")).contains("incident-confirmer");
        assertThat(ban.fourEyesRefusal("ruben.supervisor")).contains("suggestion-confirmer");
        assertThat(ban.fourEyesRefusal("system:sanction-ladder")).contains("proposer");
        assertThat(ban.fourEyesRefusal("henk.hq")).isEmpty();
        assertThatThrownBy(() -> ban.approve("sanne.manager", APPROVED, AMS)).isInstanceOf(AccessDenied.class)
                .satisfies(e -> assertThat(((AccessDenied) e).reason()).isEqualTo("incident-confirmer"));
        assertThat(ban.status()).isEqualTo(MeasureStatus.PROPOSED);
        ban.approve("henk.hq", APPROVED, AMS);
        assertThat(ban.status()).isEqualTo(MeasureStatus.ACTIVE);
    }

    @Test
    void a_staff_measure_records_the_decision_it_follows_and_its_suspension_lasts_its_days() {
        Measure suspension = Measure.propose(UUID.randomUUID(), MeasureType.SUSPENSION, null, "daan.staff",
                "utr-centraal", null, new StaffTerms(3, null, null, "PRC-1", "written-reprimand", false,
                        "Repeated after an earlier reprimand"), null, null,
                ProposalBasis.manual("Committee report of 1 November", null, false), "system:internal-procedure",
                List.of(new EarlierDecision(EarlierDecision.Part.PROCEDURE_DECIDER, "hanna.hr")), PROPOSED).measure();
        assertThatThrownBy(() -> suspension.approve("hanna.hr", APPROVED, AMS)).isInstanceOf(AccessDenied.class);
        suspension.approve("henk.hq", APPROVED, AMS);
        assertThat(suspension.until()).contains(Instant.parse("2026-11-06T11:02:00Z"));
        assertThatThrownBy(() -> Measure.propose(UUID.randomUUID(), MeasureType.FINE, null, "daan.staff",
                "utr-centraal", null, new StaffTerms(null, BigDecimal.ZERO, null, null, "fine", true, null), null, null,
                ProposalBasis.manual("x", null, false), "hanna.hr", PROPOSED)).isInstanceOf(RuleViolation.class);
    }

    private static Measure entryBan(String proposer) {
        return Measure.propose(UUID.randomUUID(), MeasureType.ENTRY_BAN, CUSTOMER, null, "ams-centrum",
                EntryBanTerms.sites(Set.of("ams-centrum")), null, Period.ofMonths(1), null,
                ProposalBasis.manual("Threatened staff at the till", null, false), proposer, PROPOSED).measure();
    }
}
