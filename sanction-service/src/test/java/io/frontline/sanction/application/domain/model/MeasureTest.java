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

        assertThatThrownBy(() -> ban.approve("sanne.manager", APPROVED)).isInstanceOf(AccessDenied.class)
                .hasMessageContaining("Four eyes");
        assertThat(ban.status()).isEqualTo(MeasureStatus.PROPOSED);
    }

    @Test
    void an_approved_ban_runs_one_calendar_month_from_the_minute_of_approval() {
        Measure ban = entryBan("sanne.manager");

        assertThat(ban.approve("henk.hq", APPROVED)).extracting(MeasureEvent::kind)
                .containsExactly(MeasureEventKind.APPROVED, MeasureEventKind.ACTIVATED);

        assertThat(ban.status()).isEqualTo(MeasureStatus.ACTIVE);
        assertThat(ban.startsAt()).contains(Instant.parse("2026-11-03T11:02:00Z"));
        // One month in Amsterdam: 3 November 12:02 CET to 3 December 12:02 CET.
        assertThat(ban.until()).contains(Instant.parse("2026-12-03T11:02:00Z"));
        // 14 days from 3 November, to the end of 17 November in Amsterdam
        assertThat(ban.objectionDeadline()).isEqualTo(Instant.parse("2026-11-17T23:00:00Z"));
    }

    @Test
    void a_ban_expires_at_its_exact_minute() {
        Measure ban = entryBan("sanne.manager");
        ban.approve("henk.hq", APPROVED);
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
                ProposalBasis.manual("Threatened staff", null, false), "sanne.manager", PROPOSED, AMS).measure();

        assertThat(ban.approve("henk.hq", APPROVED)).extracting(MeasureEvent::kind)
                .containsExactly(MeasureEventKind.APPROVED);
        assertThat(ban.inForceAt(start.minusSeconds(1))).isFalse();
        assertThat(ban.advance(start)).extracting(MeasureEvent::kind).containsExactly(MeasureEventKind.ACTIVATED);
        assertThat(ban.inForceAt(start)).isTrue();
    }

    @Test
    void a_rejection_and_a_lift_need_a_reason() {
        Measure ban = entryBan("sanne.manager");
        assertThatThrownBy(() -> ban.reject("henk.hq", " ", APPROVED)).isInstanceOf(RuleViolation.class);
        ban.approve("henk.hq", APPROVED);
        assertThatThrownBy(() -> ban.reject("henk.hq", "late", APPROVED)).isInstanceOf(IllegalTransition.class);

        ban.lift("henk.hq", "Apologised in writing", false, APPROVED.plus(Duration.ofDays(3)));

        assertThat(ban.status()).isEqualTo(MeasureStatus.LIFTED);
        assertThat(ban.inForceAt(APPROVED.plus(Duration.ofDays(4)))).isFalse();
    }

    @Test
    void an_objection_is_recorded_within_fourteen_days_of_notice_only() {
        Measure late = entryBan("sanne.manager");
        late.approve("henk.hq", APPROVED);
        assertThatThrownBy(() -> late.fileObjection("sanne.manager", "Disagrees",
                Instant.parse("2026-11-17T23:00:00Z"))).isInstanceOf(RuleViolation.class);

        Measure timely = entryBan("sanne.manager");
        timely.approve("henk.hq", APPROVED);
        timely.fileObjection("sanne.manager", "Disagrees", Instant.parse("2026-11-17T22:59:00Z"));
        // filed on 17 November in Amsterdam: decided by the end of 1 December there
        assertThat(timely.objection().orElseThrow().decisionDue())
                .isEqualTo(Instant.parse("2026-12-01T23:00:00Z"));
    }

    @Test
    void the_approver_and_the_proposer_never_decide_the_objection_against_the_measure() {
        Measure ban = entryBan("sanne.manager");
        ban.approve("henk.hq", APPROVED);
        ban.fileObjection("customer:BN-2345-6789", "It was not me", APPROVED.plus(Duration.ofDays(1)));

        assertThatThrownBy(() -> ban.decideObjection("henk.hq", ObjectionOutcome.OVERTURNED,
                ObjectionReason.FACTS_NOT_ESTABLISHED, "Agreed", null,
                APPROVED.plus(Duration.ofDays(2)))).isInstanceOf(AccessDenied.class)
                .extracting(e -> ((AccessDenied) e).reason()).isEqualTo("approver");
        assertThatThrownBy(() -> ban.decideObjection("sanne.manager", ObjectionOutcome.UPHELD,
                ObjectionReason.FACTS_CONFIRMED, "Stands", null,
                APPROVED.plus(Duration.ofDays(2)))).isInstanceOf(AccessDenied.class)
                .extracting(e -> ((AccessDenied) e).reason()).isEqualTo("proposer");
        assertThat(ban.objection().orElseThrow().isDecided()).isFalse();
        assertThat(ban.status()).isEqualTo(MeasureStatus.ACTIVE);
    }

    @Test
    void a_decision_on_an_objection_rests_on_a_reason_that_fits_its_outcome() {
        Measure ban = entryBan("sanne.manager");
        ban.approve("henk.hq", APPROVED);
        ban.fileObjection("customer:BN-2345-6789", "It was not me", APPROVED.plus(Duration.ofDays(1)));

        assertThatThrownBy(() -> ban.decideObjection("noor.regional", ObjectionOutcome.OVERTURNED,
                ObjectionReason.FACTS_CONFIRMED, "Stands", null, APPROVED.plus(Duration.ofDays(2))))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> ban.decideObjection("noor.regional", ObjectionOutcome.UPHELD,
                ObjectionReason.PROCEDURE_NOT_FOLLOWED, "Stands", null, APPROVED.plus(Duration.ofDays(2))))
                .isInstanceOf(RuleViolation.class);
        assertThat(ban.objection().orElseThrow().isDecided()).isFalse();

        ban.decideObjection("noor.regional", ObjectionOutcome.UPHELD, ObjectionReason.PROPORTIONATE,
                "Een maand past bij bedreiging", null, APPROVED.plus(Duration.ofDays(2)));
        assertThat(ban.objection().orElseThrow().reasonCode()).isEqualTo(ObjectionReason.PROPORTIONATE);
        assertThat(ban.objection().orElseThrow().decisionReason()).isEqualTo("Een maand past bij bedreiging");
    }

    @Test
    void a_shortened_objection_moves_the_end_and_an_overturned_one_ends_the_measure() {
        Measure shortened = entryBan("sanne.manager");
        shortened.approve("henk.hq", APPROVED);
        shortened.fileObjection("sanne.manager", "Too long", APPROVED.plus(Duration.ofDays(1)));
        Instant newEnd = Instant.parse("2026-11-20T09:30:45Z");
        shortened.decideObjection("noor.regional", ObjectionOutcome.SHORTENED,
                ObjectionReason.DISPROPORTIONATE, "Two weeks suffice", newEnd,
                APPROVED.plus(Duration.ofDays(2)));
        assertThat(shortened.until()).contains(Instant.parse("2026-11-20T09:30:00Z"));

        Measure overturned = entryBan("sanne.manager");
        overturned.approve("henk.hq", APPROVED);
        overturned.fileObjection("sanne.manager", "Wrong person", APPROVED.plus(Duration.ofDays(1)));
        overturned.decideObjection("noor.regional", ObjectionOutcome.OVERTURNED,
                ObjectionReason.FACTS_NOT_ESTABLISHED, "Camera shows someone else", null,
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
                PROPOSED, AMS).measure();
        assertThat(ban.fourEyesRefusal("sanne.manager")).contains("incident-confirmer");
        assertThat(ban.fourEyesRefusal("ruben.supervisor")).contains("suggestion-confirmer");
        assertThat(ban.fourEyesRefusal("system:sanction-ladder")).contains("proposer");
        assertThat(ban.fourEyesRefusal("henk.hq")).isEmpty();
        assertThatThrownBy(() -> ban.approve("sanne.manager", APPROVED)).isInstanceOf(AccessDenied.class)
                .satisfies(e -> assertThat(((AccessDenied) e).reason()).isEqualTo("incident-confirmer"));
        assertThat(ban.status()).isEqualTo(MeasureStatus.PROPOSED);
        ban.approve("henk.hq", APPROVED);
        assertThat(ban.status()).isEqualTo(MeasureStatus.ACTIVE);
    }

    @Test
    void the_objection_terms_run_in_the_site_calendar_across_the_spring_clock_change() {
        Measure ban = Measure.propose(UUID.randomUUID(), MeasureType.ENTRY_BAN, CUSTOMER, null, "ams-centrum",
                EntryBanTerms.sites(Set.of("ams-centrum")), null, Period.ofMonths(1), null,
                ProposalBasis.manual("Threatened staff", null, false), "sanne.manager",
                Instant.parse("2026-03-20T08:00:00Z"), AMS).measure();
        ban.approve("henk.hq", Instant.parse("2026-03-20T09:00:00Z"));
        // approved 20 March (CET); the window ends at midnight on 4 April, in summer time (22:00 UTC)
        assertThat(ban.objectionDeadline()).isEqualTo(Instant.parse("2026-04-03T22:00:00Z"));
        // the ban itself: one calendar month, 10:00 local on 20 April, which is 08:00 UTC in summer time
        assertThat(ban.until()).contains(Instant.parse("2026-04-20T08:00:00Z"));
        // a month from 31 January ends on the last day of February, at the same local minute
        Measure monthEnd = Measure.propose(UUID.randomUUID(), MeasureType.ENTRY_BAN, CUSTOMER, null, "ams-centrum",
                EntryBanTerms.sites(Set.of("ams-centrum")), null, Period.ofMonths(1), null,
                ProposalBasis.manual("Threatened staff", null, false), "sanne.manager",
                Instant.parse("2026-01-31T08:00:00Z"), AMS).measure();
        monthEnd.approve("henk.hq", Instant.parse("2026-01-31T09:00:00Z"));
        assertThat(monthEnd.until()).contains(Instant.parse("2026-02-28T09:00:00Z"));
        // Tokyo has no clock change: 14 days from 20 March end at midnight on 4 April there
        Measure tokyo = Measure.propose(UUID.randomUUID(), MeasureType.ENTRY_BAN, CUSTOMER, null, "tyo-shibuya",
                EntryBanTerms.sites(Set.of("tyo-shibuya")), null, Period.ofMonths(1), null,
                ProposalBasis.manual("Threatened staff", null, false), "sanne.manager",
                Instant.parse("2026-03-20T08:00:00Z"), ZoneId.of("Asia/Tokyo")).measure();
        tokyo.approve("henk.hq", Instant.parse("2026-03-20T09:00:00Z"));
        assertThat(tokyo.objectionDeadline()).isEqualTo(Instant.parse("2026-04-03T15:00:00Z"));
    }

    @Test
    void a_lift_says_whether_the_measure_was_wrongly_imposed_and_only_then_it_stops_counting_on_the_ladder() {
        Measure pending = entryBan("sanne.manager");
        assertThat(pending.countsOnLadder()).as("pending").isFalse();
        Measure rejected = entryBan("sanne.manager");
        rejected.reject("henk.hq", "Not proportionate", APPROVED);
        assertThat(rejected.countsOnLadder()).as("rejected").isFalse();
        Measure wrong = entryBan("sanne.manager");
        wrong.approve("henk.hq", APPROVED);
        wrong.lift("henk.hq", "Wrong customer", true, APPROVED.plus(Duration.ofDays(1)));
        assertThat(wrong.wronglyImposed()).isTrue();
        assertThat(wrong.countsOnLadder()).as("lifted as wrongly imposed").isFalse();
        Measure lenient = entryBan("sanne.manager");
        lenient.approve("henk.hq", APPROVED);
        lenient.lift("henk.hq", "Apologised", false, APPROVED.plus(Duration.ofDays(1)));
        assertThat(lenient.countsOnLadder()).as("lifted for another reason").isTrue();
    }

    @Test
    void a_staff_measure_records_the_decision_it_follows_and_its_suspension_lasts_its_days() {
        Measure suspension = Measure.propose(UUID.randomUUID(), MeasureType.SUSPENSION, null, "daan.staff",
                "utr-centraal", null, new StaffTerms(3, null, null, "PRC-1", "written-reprimand", false,
                        "Repeated after an earlier reprimand"), null, null,
                ProposalBasis.manual("Committee report of 1 November", null, false), "system:internal-procedure",
                List.of(new EarlierDecision(EarlierDecision.Part.PROCEDURE_DECIDER, "hanna.hr")), PROPOSED, AMS).measure();
        assertThatThrownBy(() -> suspension.approve("hanna.hr", APPROVED)).isInstanceOf(AccessDenied.class);
        suspension.approve("henk.hq", APPROVED);
        assertThat(suspension.until()).contains(Instant.parse("2026-11-06T11:02:00Z"));
        assertThatThrownBy(() -> Measure.propose(UUID.randomUUID(), MeasureType.FINE, null, "daan.staff",
                "utr-centraal", null, new StaffTerms(null, BigDecimal.ZERO, null, null, "fine", true, null), null, null,
                ProposalBasis.manual("x", null, false), "hanna.hr", PROPOSED, AMS)).isInstanceOf(RuleViolation.class);
    }

    private static Measure entryBan(String proposer) {
        return Measure.propose(UUID.randomUUID(), MeasureType.ENTRY_BAN, CUSTOMER, null, "ams-centrum",
                EntryBanTerms.sites(Set.of("ams-centrum")), null, Period.ofMonths(1), null,
                ProposalBasis.manual("Threatened staff at the till", null, false), proposer, PROPOSED, AMS).measure();
    }
}
