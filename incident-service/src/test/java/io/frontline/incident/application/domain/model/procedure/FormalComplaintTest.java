package io.frontline.incident.application.domain.model.procedure;

import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.IllegalTransition;
import io.frontline.platform.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormalComplaintTest {
    static final Committee COMMITTEE = new Committee(Map.of(CommitteeSeat.EMPLOYEE_REPRESENTATIVE, "kees",
            CommitteeSeat.EMPLOYER_REPRESENTATIVE, "ingrid", CommitteeSeat.EXTERNAL_THIRD_PARTY, "omar"));
    static final Instant RECEIVED = Instant.parse("2026-01-31T10:00:00Z");
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final StaffSanction THREE_DAYS = new StaffSanction(StaffSanctionType.SUSPENSION, 3, null);

    static FormalComplaint filed() {
        return FormalComplaint.file(UUID.randomUUID(), "UB-2026-000001", "emma", "daan",
                "Hij maakt al maanden opmerkingen over mijn uiterlijk.", "emma", COMMITTEE, RECEIVED, AMSTERDAM).complaint();
    }

    static FormalComplaint filedAt(Instant received, ZoneId chainZone) {
        return FormalComplaint.file(UUID.randomUUID(), "UB-2026-000002", "emma", "daan", "Opmerkingen.", "emma",
                COMMITTEE, received, chainZone).complaint();
    }

    static Instant local(String dateTime, ZoneId zone) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    static void hearBoth(FormalComplaint c, Instant at) {
        c.holdHearing("kees", List.of("emma"), "Emma vertelt.", List.of(seen("emma"), seen("kees")), at);
        c.holdHearing("kees", List.of("daan"), "Daan ontkent.", List.of(seen("daan"), seen("kees")), at);
    }

    static HearingAcknowledgement seen(String person) {
        return new HearingAcknowledgement(person, true, null);
    }

    static FormalComplaint reported(Finding finding, StaffSanction advised) {
        FormalComplaint c = filed();
        hearBoth(c, RECEIVED.plus(Duration.ofDays(7)));
        c.castVote("kees", finding, RECEIVED.plus(Duration.ofDays(20)));
        c.castVote("omar", finding, RECEIVED.plus(Duration.ofDays(20)));
        c.issueReport("omar", List.of("emma"), finding, new CaseAdvice(advised, "Gesprek met leidinggevende"),
                "Training voor alle teams", RECEIVED.plus(Duration.ofDays(30)));
        return c;
    }

    @Test
    void an_anonymous_formal_complaint_is_refused() {
        assertThatThrownBy(() -> FormalComplaint.file(UUID.randomUUID(), "UB-2026-000001", null, "daan", "tekst",
                "carla", COMMITTEE, RECEIVED, AMSTERDAM))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("anonymous");
        assertThatThrownBy(() -> FormalComplaint.file(UUID.randomUUID(), "UB-2026-000001", "  ", "daan", "tekst",
                "carla", COMMITTEE, RECEIVED, AMSTERDAM))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void the_hearing_term_is_one_calendar_month_and_the_report_term_two_from_receipt() {
        FormalComplaint c = filed();
        // received 31 January: hearings by the end of 28 February, the report by the end of 31 March, in Amsterdam
        assertThat(c.hearingsDueAt()).isEqualTo(local("2026-03-01T00:00", AMSTERDAM))
                .isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
        // across the change to summer time on 29 March: still local midnight, an hour earlier in UTC
        assertThat(c.reportDueAt()).isEqualTo(local("2026-04-01T00:00", AMSTERDAM))
                .isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
    }

    @Test
    void a_complaint_received_just_after_local_midnight_on_the_first_has_its_whole_month() {
        // 00:30 on 1 March in Amsterdam is 28 February in UTC; counted in UTC the hearings were due on 28 March
        FormalComplaint c = filedAt(local("2026-03-01T00:30", AMSTERDAM), AMSTERDAM);
        assertThat(c.hearingsDueAt()).isEqualTo(local("2026-04-02T00:00", AMSTERDAM));
        assertThat(c.reportDueAt()).isEqualTo(local("2026-05-02T00:00", AMSTERDAM));
        assertThat(c.announceMissedTerms(local("2026-04-01T23:59", AMSTERDAM))).isEmpty();
        assertThat(c.announceMissedTerms(local("2026-04-02T00:00", AMSTERDAM))).extracting(TermMissed::term)
                .containsExactly(Term.HEARINGS);
    }

    @Test
    void a_chain_in_tokyo_counts_the_procedure_in_tokyo_days() {
        // 00:10 on 1 February in Tokyo is still 31 January in UTC (and in Amsterdam)
        FormalComplaint c = filedAt(local("2026-02-01T00:10", TOKYO), TOKYO);
        assertThat(c.hearingsDueAt()).isEqualTo(local("2026-03-02T00:00", TOKYO));
        assertThat(c.reportDueAt()).isEqualTo(local("2026-04-02T00:00", TOKYO));
    }

    @Test
    void the_decision_term_of_14_days_ends_at_local_midnight_across_the_autumn_clock_change() {
        FormalComplaint c = filedAt(local("2026-08-31T09:00", AMSTERDAM), AMSTERDAM);
        hearBoth(c, local("2026-09-15T10:00", AMSTERDAM));
        c.castVote("kees", Finding.FOUNDED, local("2026-10-01T10:00", AMSTERDAM));
        c.castVote("omar", Finding.FOUNDED, local("2026-10-01T10:00", AMSTERDAM));
        c.issueReport("omar", List.of("emma"), Finding.FOUNDED, new CaseAdvice(THREE_DAYS, "Gesprek"), "Training",
                local("2026-10-20T16:00", AMSTERDAM));
        // winter time from 25 October: 14 days after 20 October end at 00:00 CET on 4 November
        assertThat(c.decisionDueAt()).isEqualTo(Instant.parse("2026-11-03T23:00:00Z"));
        Instant decided = local("2026-11-03T23:30", AMSTERDAM);
        c.takeDecision("hanna", THREE_DAYS, null, null, decided);
        // the objection window: 14 days from 3 November, to the end of 17 November; its answer 14 days from filing
        assertThat(c.objectionDueAt()).isEqualTo(local("2026-11-18T00:00", AMSTERDAM));
        ObjectionFiled filed = c.fileObjection("emma", "te licht", local("2026-11-17T23:59", AMSTERDAM));
        assertThat(c.announceMissedTerms(local("2026-12-01T23:59", AMSTERDAM))).isEmpty();
        assertThat(c.announceMissedTerms(local("2026-12-02T00:00", AMSTERDAM))).singleElement()
                .satisfies(m -> assertThat(m.objectionId()).isEqualTo(filed.objection().id()));
    }

    @Test
    void two_of_three_votes_decide_a_single_vote_or_a_tie_does_not() {
        assertThat(MajorityRule.decided(List.of(vote("kees", Finding.FOUNDED)), 3)).isEmpty();
        assertThat(MajorityRule.decided(List.of(vote("kees", Finding.FOUNDED), vote("omar", Finding.UNFOUNDED)), 3))
                .isEmpty();
        assertThat(MajorityRule.decided(List.of(vote("kees", Finding.FOUNDED), vote("omar", Finding.UNFOUNDED),
                vote("ingrid", Finding.KNOWINGLY_FALSE)), 3)).isEmpty();
        assertThat(MajorityRule.decided(List.of(vote("kees", Finding.FOUNDED), vote("omar", Finding.UNFOUNDED),
                vote("ingrid", Finding.FOUNDED)), 3)).contains(Finding.FOUNDED);
    }

    @Test
    void the_report_needs_a_majority_for_its_finding() {
        FormalComplaint c = filed();
        Instant at = RECEIVED.plus(Duration.ofDays(20));
        c.castVote("kees", Finding.FOUNDED, at);
        assertThatThrownBy(() -> c.issueReport("kees", List.of("emma"), Finding.FOUNDED,
                new CaseAdvice(null, "gesprek"), "training", at)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("majority");
        c.castVote("omar", Finding.UNFOUNDED, at);
        assertThatThrownBy(() -> c.issueReport("kees", List.of("emma"), Finding.FOUNDED,
                new CaseAdvice(null, "gesprek"), "training", at)).isInstanceOf(RuleViolation.class);
        c.castVote("ingrid", Finding.FOUNDED, at);
        assertThatThrownBy(() -> c.issueReport("kees", List.of("emma"), Finding.UNFOUNDED,
                new CaseAdvice(null, "gesprek"), "training", at)).isInstanceOf(RuleViolation.class);
        ReportIssued issued = c.issueReport("kees", List.of("emma"), Finding.FOUNDED,
                new CaseAdvice(THREE_DAYS, "gesprek"), "training", at);
        assertThat(issued.complaint().report().orElseThrow().finding()).isEqualTo(Finding.FOUNDED);
        assertThat(c.status()).isEqualTo(ProcedureStatus.REPORTED);
    }

    @Test
    void only_committee_members_vote() {
        assertThatThrownBy(() -> filed().castVote("hanna", Finding.FOUNDED, RECEIVED))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void complainant_and_accused_are_heard_separately() {
        FormalComplaint c = filed();
        assertThatThrownBy(() -> c.holdHearing("kees", List.of("emma", "daan"), "samen",
                List.of(seen("emma"), seen("daan"), seen("kees")), RECEIVED)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("separately");
    }

    @Test
    void a_hearing_record_needs_the_mark_of_everyone_present_or_a_refusal_with_its_reason() {
        FormalComplaint c = filed();
        assertThatThrownBy(() -> c.holdHearing("kees", List.of("emma"), "verslag", List.of(seen("kees")), RECEIVED))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("emma");
        assertThatThrownBy(() -> new HearingAcknowledgement("emma", false, " ")).isInstanceOf(RuleViolation.class);
        HearingHeld held = c.holdHearing("kees", List.of("emma"), "verslag",
                List.of(new HearingAcknowledgement("emma", false, "Mijn woorden zijn onjuist weergegeven"),
                        seen("kees")), RECEIVED);
        assertThat(held.hearing().acknowledgements()).extracting(HearingAcknowledgement::refusalReason)
                .contains("Mijn woorden zijn onjuist weergegeven");
    }

    @Test
    void a_decision_that_departs_from_the_advice_without_reasons_is_refused() {
        FormalComplaint c = reported(Finding.FOUNDED, THREE_DAYS);
        Instant at = RECEIVED.plus(Duration.ofDays(35));
        StaffSanction fine = new StaffSanction(StaffSanctionType.FINE, null, new BigDecimal("250"));
        assertThatThrownBy(() -> c.takeDecision("hanna", fine, null, null, at))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("reasons");
        assertThatThrownBy(() -> c.takeDecision("hanna", null, "gesprek", " ", at))
                .isInstanceOf(RuleViolation.class);
        DecisionTaken taken = c.takeDecision("hanna", fine, null, "Eerdere waarschuwing in 2025", at);
        ManagementDecision decision = taken.complaint().decision().orElseThrow();
        assertThat(decision.followsAdvice()).isFalse();
        assertThat(decision.sanctionedEmployee()).isEqualTo("daan");
        assertThat(decision.sanction().fineAmount()).isEqualByComparingTo("250");
    }

    @Test
    void a_decision_that_follows_the_advice_needs_no_reasons() {
        FormalComplaint c = reported(Finding.FOUNDED, THREE_DAYS);
        c.takeDecision("hanna", new StaffSanction(StaffSanctionType.SUSPENSION, 3, null), null, null,
                RECEIVED.plus(Duration.ofDays(35)));
        assertThat(c.decision().orElseThrow().followsAdvice()).isTrue();
    }

    @Test
    void an_unfounded_complaint_leads_to_normalising_the_workplace_not_to_a_sanction() {
        FormalComplaint c = reported(Finding.UNFOUNDED, null);
        Instant at = RECEIVED.plus(Duration.ofDays(35));
        assertThatThrownBy(() -> c.takeDecision("hanna", THREE_DAYS, "x", "y", at)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> c.takeDecision("hanna", null, null, null, at)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("normalise");
        c.takeDecision("hanna", null, "Teamgesprek onder begeleiding", null, at);
        assertThat(c.status()).isEqualTo(ProcedureStatus.DECIDED);
    }

    @Test
    void a_knowingly_false_complaint_rehabilitates_the_accused_and_a_sanction_falls_on_the_complainant() {
        FormalComplaint c = reported(Finding.KNOWINGLY_FALSE, new StaffSanction(StaffSanctionType.WRITTEN_REPRIMAND,
                null, null));
        c.takeDecision("hanna", new StaffSanction(StaffSanctionType.WRITTEN_REPRIMAND, null, null),
                "Rehabilitatie van Daan in teamoverleg", null, RECEIVED.plus(Duration.ofDays(35)));
        assertThat(c.decision().orElseThrow().sanctionedEmployee()).isEqualTo("emma");
    }

    @Test
    void a_party_objects_within_14_days_of_the_decision_and_not_after() {
        FormalComplaint c = reported(Finding.FOUNDED, THREE_DAYS);
        Instant decided = RECEIVED.plus(Duration.ofDays(35));
        c.takeDecision("hanna", THREE_DAYS, null, null, decided);
        assertThatThrownBy(() -> c.fileObjection("ingrid", "oneens", decided)).isInstanceOf(AccessDenied.class);
        // decided on 7 March: the window runs to the end of 21 March in Amsterdam
        assertThat(c.objectionDueAt()).isEqualTo(local("2026-03-22T00:00", AMSTERDAM));
        assertThatThrownBy(() -> c.fileObjection("daan", "oneens", c.objectionDueAt()))
                .isInstanceOf(RuleViolation.class);
        ObjectionFiled filed = c.fileObjection("daan", "Getuigen zijn niet gehoord",
                local("2026-03-21T23:59", AMSTERDAM));
        assertThat(filed.objection().side()).isEqualTo(PartySide.ACCUSED);
        c.answerObjection("hanna", filed.objection().id(), "Getuigen zijn gehoord op 3 februari",
                decided.plus(Duration.ofDays(20)));
        assertThatThrownBy(() -> c.answerObjection("hanna", filed.objection().id(), "nogmaals",
                decided.plus(Duration.ofDays(21)))).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void each_missed_term_is_announced_once_with_the_expected_handling_time() {
        FormalComplaint c = filed();
        assertThat(c.announceMissedTerms(c.hearingsDueAt().minusSeconds(1))).isEmpty();
        Instant justAfter = c.hearingsDueAt().plusSeconds(60);
        List<TermMissed> missed = c.announceMissedTerms(justAfter);
        assertThat(missed).singleElement().satisfies(m -> {
            assertThat(m.term()).isEqualTo(Term.HEARINGS);
            assertThat(m.dueAt()).isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
            assertThat(m.expectedBy()).isEqualTo(justAfter.plus(Duration.ofDays(14)));
            assertThat(m.expectedHandlingDays()).isEqualTo(28 + 14 + 1);
        });
        assertThat(c.announceMissedTerms(justAfter.plus(Duration.ofDays(3)))).isEmpty();
        assertThat(c.announceMissedTerms(c.reportDueAt().plusSeconds(1))).extracting(TermMissed::term)
                .containsExactly(Term.REPORT);
    }

    @Test
    void terms_met_in_time_are_never_announced() {
        FormalComplaint c = reported(Finding.FOUNDED, THREE_DAYS);
        Instant decided = c.decisionDueAt().minusSeconds(1);
        c.takeDecision("hanna", THREE_DAYS, null, null, decided);
        ObjectionFiled filed = c.fileObjection("emma", "te licht", decided.plus(Duration.ofDays(1)));
        c.answerObjection("hanna", filed.objection().id(), "antwoord", decided.plus(Duration.ofDays(14)));
        assertThat(c.announceMissedTerms(RECEIVED.plus(Duration.ofDays(400)))).isEmpty();
    }

    @Test
    void a_late_decision_and_a_late_answer_to_an_objection_are_announced() {
        FormalComplaint c = reported(Finding.FOUNDED, THREE_DAYS);
        Instant late = c.decisionDueAt().plusSeconds(1);
        assertThat(c.announceMissedTerms(late)).extracting(TermMissed::term).containsExactly(Term.DECISION);
        c.takeDecision("hanna", THREE_DAYS, null, null, late);
        ObjectionFiled filed = c.fileObjection("daan", "te zwaar", late);
        List<TermMissed> missed = c.announceMissedTerms(late.plus(Duration.ofDays(15)));
        assertThat(missed).singleElement().satisfies(m -> {
            assertThat(m.term()).isEqualTo(Term.OBJECTION_ANSWER);
            assertThat(m.objectionId()).isEqualTo(filed.objection().id());
        });
    }

    @Test
    void a_decision_taken_late_before_the_watcher_noticed_is_still_announced_once() {
        FormalComplaint c = reported(Finding.FOUNDED, THREE_DAYS);
        Instant late = c.decisionDueAt().plus(Duration.ofDays(2));
        c.takeDecision("hanna", THREE_DAYS, null, null, late);
        assertThat(c.hasTermsToWatch()).isTrue();
        List<TermMissed> missed = c.announceMissedTerms(late.plus(Duration.ofHours(1)));
        assertThat(missed).singleElement().satisfies(m -> {
            assertThat(m.term()).isEqualTo(Term.DECISION);
            assertThat(m.expectedBy()).isEqualTo(late);
        });
        assertThat(c.hasTermsToWatch()).isFalse();
        assertThat(c.announceMissedTerms(late.plus(Duration.ofDays(30)))).isEmpty();
    }

    private static CommitteeVote vote(String member, Finding finding) {
        return new CommitteeVote(member, finding, RECEIVED);
    }
}
