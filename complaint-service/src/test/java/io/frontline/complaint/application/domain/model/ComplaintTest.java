package io.frontline.complaint.application.domain.model;

import io.frontline.platform.domain.TrackingSecret;
import io.frontline.platform.domain.BusinessCalendar;
import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.IllegalTransition;
import io.frontline.platform.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant MONDAY = Instant.parse("2027-03-01T09:00:00Z");

    private static Complaint inProgress() {
        ResponseTerm term = new ResponseDeadline(14).termFrom(MONDAY, AMSTERDAM, BusinessCalendar.MONDAY_TO_FRIDAY);
        Complaint complaint = Complaint.file(UUID.randomUUID(), ComplaintReference.of(2027, 1), "ams-centrum",
                Channel.PHONE, Category.BILLING, "Dubbel betaald", "Twee keer afgeschreven", "nl", MONDAY, term,
                "emma.staff", TrackingSecret.hash("s"), null, MONDAY).complaint();
        complaint.acknowledge("system", MONDAY);
        complaint.startHandling("chris.handler", MONDAY);
        return complaint;
    }

    @Test
    void the_answer_is_due_fourteen_days_after_the_day_of_receipt_at_the_site() {
        // 23:30 UTC on 1 Nov is already 2 Nov in Amsterdam
        Instant lateEvening = Instant.parse("2026-11-01T23:30:00Z");
        assertThat(new ResponseDeadline(14).dueFor(lateEvening, AMSTERDAM)).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void a_business_day_term_skips_the_sites_closed_days_and_holidays() {
        BusinessCalendar mondayToFriday = new BusinessCalendar(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)));
        assertThat(new ResponseDeadline(5, true).dueFor(Instant.parse("2026-12-23T11:00:00Z"), AMSTERDAM,
                mondayToFriday)).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void a_reference_carries_the_year_and_a_six_digit_number() {
        assertThat(ComplaintReference.of(2026, 123).value()).isEqualTo("CMP-2026-000123");
        assertThatThrownBy(() -> ComplaintReference.of(2026, 1_000_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ComplaintReference("CMP-26-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void waiting_for_the_complainant_moves_the_due_date_by_the_time_waited() {
        Complaint complaint = inProgress();
        assertThat(complaint.responseDue()).isEqualTo(LocalDate.of(2027, 3, 15));
        complaint.waitForComplainant("chris.handler", "Welk bestelnummer?", MONDAY.plus(Duration.ofDays(2)));
        complaint.complainantWrote("4711", MONDAY.plus(Duration.ofDays(5)));
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(complaint.responseDue()).isEqualTo(LocalDate.of(2027, 3, 18));
    }

    @Test
    void each_warning_of_the_term_is_given_once() {
        Complaint complaint = inProgress();
        Instant end = complaint.term().dueAt();
        assertThat(complaint.checkTerm(end.minus(Duration.ofDays(6)))).isEmpty();
        assertThat(complaint.checkTerm(end)).hasSize(3);
        assertThat(complaint.checkTerm(end.plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void confirming_abusive_manner_neither_closes_the_complaint_nor_stops_its_clock() {
        Complaint complaint = inProgress();
        Instant due = complaint.term().dueAt();
        List<ComplaintEvent> events = complaint.assessConduct("chris.handler", DemandJudgement.REASONABLE,
                MannerJudgement.ABUSIVE, Set.of(ConductIndicator.INSULT), "Scheldt de caissière uit", MONDAY);
        assertThat(events).singleElement().isInstanceOf(HarassmentConfirmed.class);
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(complaint.term().isPaused()).isFalse();
        assertThat(complaint.term().dueAt()).isEqualTo(due);
    }

    @Test
    void a_reasonable_demand_cannot_be_rejected_and_a_rejection_needs_substantive_grounds() {
        Complaint complaint = inProgress();
        assertThatThrownBy(() -> complaint.reject("chris.handler", "Grof", MONDAY)).isInstanceOf(RuleViolation.class);
        complaint.assessConduct("chris.handler", DemandJudgement.REASONABLE, MannerJudgement.ABUSIVE,
                Set.of(ConductIndicator.THREAT), "Dreigt", MONDAY);
        assertThatThrownBy(() -> complaint.reject("chris.handler", "De klant was grof en dreigend tegen personeel.",
                MONDAY)).isInstanceOf(RuleViolation.class);
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
    }

    @Test
    void one_handler_cannot_reassess_a_reasonable_demand_as_unreasonable_and_then_reject_it() {
        Complaint complaint = inProgress();
        complaint.assessConduct("chris.handler", DemandJudgement.REASONABLE, MannerJudgement.ABUSIVE,
                Set.of(ConductIndicator.INSULT), "Scheldt, maar de dubbele afschrijving klopt", MONDAY);
        assertThatThrownBy(() -> complaint.assessConduct("chris.handler", DemandJudgement.UNREASONABLE,
                MannerJudgement.ABUSIVE, Set.of(ConductIndicator.INSULT), "Nee", MONDAY))
                .as("a two-letter reason is not substantive").isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> complaint.assessConduct("chris.handler", DemandJudgement.UNREASONABLE,
                MannerJudgement.ABUSIVE, Set.of(ConductIndicator.INSULT), "Onredelijk!!!!!!!!!!!!!!!!!!", MONDAY))
                .as("one long word is not substantive either").isInstanceOf(RuleViolation.class);

        complaint.assessConduct("chris.handler", DemandJudgement.UNREASONABLE, MannerJudgement.ABUSIVE,
                Set.of(ConductIndicator.INSULT), "Het bedrag is al op 3 maart teruggestort", MONDAY);
        assertThat(complaint.conduct().demand()).as("only proposed").isEqualTo(DemandJudgement.REASONABLE);
        assertThat(complaint.pendingReassessment()).isPresent();
        assertThatThrownBy(() -> complaint.reject("chris.handler", "Het bedrag is al op 3 maart teruggestort.",
                MONDAY)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> complaint.approveReassessment("chris.handler", MONDAY))
                .isInstanceOf(AccessDenied.class);
        assertThat(complaint.conduct().demand()).isEqualTo(DemandJudgement.REASONABLE);

        complaint.approveReassessment("sanne.manager", MONDAY);
        assertThat(complaint.conduct().demand()).isEqualTo(DemandJudgement.UNREASONABLE);
        assertThat(complaint.conduct().approvedBy()).isEqualTo("sanne.manager");
        assertThat(complaint.messagesForComplainant()).anySatisfy(m -> {
            assertThat(m.code()).isEqualTo("complaint.demand-reassessed");
            assertThat(m.params()).containsEntry("from", "reasonable").containsEntry("to", "unreasonable")
                    .containsEntry("escalationOptions", "management,external-committee");
            assertThat(m.text()).contains("teruggestort");
        });

        // The manner was judged abusive: one person alone still cannot reject.
        assertThat(complaint.reject("chris.handler", "Het bedrag is al op 3 maart teruggestort.", MONDAY)).isEmpty();
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThatThrownBy(() -> complaint.approveRejection("chris.handler", MONDAY)).isInstanceOf(AccessDenied.class);
        assertThat(complaint.approveRejection("sanne.manager", MONDAY)).isNotNull();
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.REJECTED);
    }

    @Test
    void whoever_judged_the_manner_abusive_cannot_approve_the_rejection_another_proposed() {
        Complaint complaint = inProgress();
        complaint.assessConduct("sanne.manager", DemandJudgement.UNREASONABLE, MannerJudgement.ABUSIVE,
                Set.of(ConductIndicator.DISPROPORTIONATE_DEMAND), "Eist een knielend excuus", MONDAY);
        complaint.reject("chris.handler", "Het product is twee jaar gebruikt; de garantie is verlopen.", MONDAY);
        assertThatThrownBy(() -> complaint.approveRejection("sanne.manager", MONDAY))
                .isInstanceOf(AccessDenied.class)
                .satisfies(e -> assertThat(((AccessDenied) e).reason()).isEqualTo(Complaint.CONDUCT_ASSESSOR));
        complaint.approveRejection("henk.hq", MONDAY);
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.REJECTED);
    }

    @Test
    void judging_the_manner_acceptable_afterwards_does_not_let_one_handler_reject_alone() {
        Complaint complaint = inProgress();
        complaint.assessConduct("chris.handler", DemandJudgement.UNREASONABLE, MannerJudgement.ABUSIVE,
                Set.of(ConductIndicator.INSULT), "Scheldt en eist het onmogelijke", MONDAY);
        complaint.assessConduct("chris.handler", DemandJudgement.UNREASONABLE, MannerJudgement.ACCEPTABLE, Set.of(),
                "Bij nader inzien viel het mee", MONDAY);
        assertThat(complaint.reject("chris.handler", "Er bestaat geen bestelling op dit nummer.", MONDAY)).isEmpty();
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
    }

    @Test
    void an_unreasonable_demand_voiced_politely_is_rejected_by_one_handler() {
        Complaint complaint = inProgress();
        complaint.assessConduct("chris.handler", DemandJudgement.UNREASONABLE, MannerJudgement.ACCEPTABLE, Set.of(),
                "Vraagt vergoeding voor een niet bestaande order", MONDAY);
        assertThat(complaint.reject("chris.handler", "Er bestaat geen bestelling op dit nummer.", MONDAY)).isPresent();
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.REJECTED);
    }

    @Test
    void a_closed_complaint_reopens_only_within_thirty_days() {
        Complaint complaint = inProgress();
        complaint.resolve("chris.handler", "Terugbetaald", MONDAY);
        ResponseTerm fresh = new ResponseDeadline(14).termFrom(MONDAY.plus(Duration.ofDays(31)), AMSTERDAM,
                BusinessCalendar.MONDAY_TO_FRIDAY);
        assertThatThrownBy(() -> complaint.reopen(null, fresh, MONDAY.plus(Duration.ofDays(31))))
                .isInstanceOf(RuleViolation.class);
        assertThat(complaint.reopen(null, fresh, MONDAY.plus(Duration.ofDays(29)))).isNotNull();
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThatThrownBy(() -> complaint.reopen(null, fresh, MONDAY)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void a_tracking_secret_matches_only_itself() {
        String secret = TrackingSecret.generate();
        String hash = TrackingSecret.hash(secret);
        assertThat(TrackingSecret.matches(hash, secret)).isTrue();
        assertThat(TrackingSecret.matches(hash, secret + "x")).isFalse();
        assertThat(TrackingSecret.matches(null, secret)).isFalse();
        assertThat(hash).doesNotContain(secret);
    }
}
