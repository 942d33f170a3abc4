package io.frontline.sanction.application.domain.model;

import io.frontline.platform.domain.SubjectKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 001's ladder: one month, three on a repeat within a year, six after that; critical starts high. */
class BanLadderTest {
    private static final SubjectKey CUSTOMER = new SubjectKey("sk1_" + "A".repeat(43));
    private static final Instant NOW = Instant.parse("2026-11-03T10:20:00Z");
    private static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");
    private final BanLadder ladder = new BanLadder(LadderPolicy.SEED_001);

    @Test
    void a_first_confirmed_incident_proposes_a_one_month_ban() {
        LadderProposal proposal = ladder.propose(incident(IncidentSeverity.HIGH, NOW, "threat"), false, AMS, List.of(), List.of());

        assertThat(proposal.type()).isEqualTo(MeasureType.ENTRY_BAN);
        assertThat(proposal.duration()).isEqualTo(Period.ofMonths(1));
        assertThat(proposal.terms()).isEqualTo(EntryBanTerms.sites(Set.of("utr-centraal")));
        assertThat(proposal.basis().rule()).isEqualTo(BanLadder.FIRST_BAN);
        assertThat(proposal.basis().policeReportRecommended()).isFalse();
    }

    @Test
    void a_repeat_within_twelve_months_proposes_three_months_and_again_six() {
        List<ConfirmedIncident> incidents = new ArrayList<>();
        List<Measure> measures = new ArrayList<>();
        List<Period> durations = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ConfirmedIncident incident = incident(IncidentSeverity.MEDIUM, NOW.plus(30L * i, ChronoUnit.DAYS), "verbal-abuse");
            LadderProposal proposal = ladder.propose(incident, false, AMS, incidents, measures);
            durations.add(proposal.duration());
            rules.add(proposal.basis().rule());
            incidents.add(incident);
            measures.add(imposed(proposal, incident.confirmedAt()));
        }

        assertThat(durations).containsExactly(Period.ofMonths(1), Period.ofMonths(3), Period.ofMonths(6));
        assertThat(rules).containsExactly(BanLadder.FIRST_BAN, BanLadder.REPEAT, BanLadder.FURTHER_REPEAT);
    }

    @Test
    void the_proposal_shows_the_history_it_weighed() {
        ConfirmedIncident first = incident(IncidentSeverity.MEDIUM, NOW.minus(40, ChronoUnit.DAYS), "threat");
        Measure firstBan = imposed(ladder.propose(first, false, AMS, List.of(), List.of()), first.confirmedAt());

        LadderProposal second = ladder.propose(incident(IncidentSeverity.MEDIUM, NOW, "threat"), false, AMS,
                List.of(first), List.of(firstBan));

        assertThat(second.basis().history()).extracting(HistoryItem::kind, HistoryItem::id)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(HistoryItem.INCIDENT, first.incidentId().toString()),
                        org.assertj.core.groups.Tuple.tuple(HistoryItem.MEASURE, firstBan.id().toString()));
        assertThat(second.basis().explanation()).contains("One earlier ban imposed within 12 months");
    }

    @Test
    void a_ban_more_than_twelve_months_ago_does_not_count() {
        ConfirmedIncident old = incident(IncidentSeverity.MEDIUM, NOW.minus(400, ChronoUnit.DAYS), "threat");
        Measure oldBan = imposed(ladder.propose(old, false, AMS, List.of(), List.of()), old.confirmedAt());

        LadderProposal proposal = ladder.propose(incident(IncidentSeverity.MEDIUM, NOW, "threat"), false, AMS,
                List.of(old), List.of(oldBan));

        assertThat(proposal.duration()).isEqualTo(Period.ofMonths(1));
        assertThat(proposal.basis().history()).isEmpty();
    }

    @Test
    void a_rejected_proposal_does_not_count_as_an_earlier_ban() {
        ConfirmedIncident first = incident(IncidentSeverity.MEDIUM, NOW.minus(10, ChronoUnit.DAYS), "threat");
        Measure rejected = proposed(ladder.propose(first, false, AMS, List.of(), List.of()), first.confirmedAt());
        rejected.reject("henk.hq", "Not proportionate", first.confirmedAt());

        LadderProposal proposal = ladder.propose(incident(IncidentSeverity.MEDIUM, NOW, "threat"), false, AMS,
                List.of(first), List.of(rejected));

        assertThat(proposal.basis().rule()).isEqualTo(BanLadder.FIRST_BAN);
    }

    @Test
    void a_proposal_never_approved_does_not_lengthen_the_next_ban() {
        ConfirmedIncident first = incident(IncidentSeverity.MEDIUM, NOW.minus(10, ChronoUnit.DAYS), "threat");
        Measure pending = proposed(ladder.propose(first, false, AMS, List.of(), List.of()), first.confirmedAt());

        LadderProposal proposal = ladder.propose(incident(IncidentSeverity.MEDIUM, NOW, "threat"), false, AMS,
                List.of(first), List.of(pending));

        assertThat(proposal.duration()).isEqualTo(Period.ofMonths(1));
        assertThat(proposal.basis().explanation()).contains("No earlier ban imposed");
    }

    @Test
    void two_incidents_confirmed_on_one_day_before_any_approval_propose_one_first_ban_and_hold_the_second_beside_it() {
        ConfirmedIncident morning = incident(IncidentSeverity.MEDIUM, local("2026-11-03T09:00"), "verbal-abuse");
        ConfirmedIncident afternoon = incident(IncidentSeverity.MEDIUM, local("2026-11-03T15:00"), "threat");
        LadderProposal first = ladder.propose(morning, false, AMS, List.of(), List.of());
        Measure pending = proposed(first, morning.confirmedAt());

        LadderProposal second = ladder.propose(afternoon, false, AMS, List.of(morning), List.of(pending));

        assertThat(first.basis().rule()).isEqualTo(BanLadder.FIRST_BAN);
        assertThat(second.duration()).as("not a three-month repeat ban").isEqualTo(Period.ofMonths(1));
        assertThat(second.basis().rule()).isEqualTo(BanLadder.HELD_BESIDE_PENDING);
        assertThat(second.basis().explanation()).contains(pending.id().toString());
        assertThat(second.basis().history()).extracting(HistoryItem::kind, HistoryItem::id).contains(
                org.assertj.core.groups.Tuple.tuple(HistoryItem.MEASURE, pending.id().toString()));
    }

    @Test
    void a_ban_overturned_on_objection_does_not_count_as_an_earlier_ban() {
        ConfirmedIncident first = incident(IncidentSeverity.MEDIUM, NOW.minus(30, ChronoUnit.DAYS), "threat");
        Measure overturned = imposed(ladder.propose(first, false, AMS, List.of(), List.of()), first.confirmedAt());
        overturned.fileObjection("customer", "It was not me", first.confirmedAt().plus(2, ChronoUnit.DAYS));
        overturned.decideObjection("noor.regional", ObjectionOutcome.OVERTURNED,
                ObjectionReason.FACTS_NOT_ESTABLISHED, "Camera shows someone else", null,
                first.confirmedAt().plus(5, ChronoUnit.DAYS));

        LadderProposal proposal = ladder.propose(incident(IncidentSeverity.MEDIUM, NOW, "threat"), false, AMS,
                List.of(first), List.of(overturned));

        assertThat(proposal.basis().rule()).isEqualTo(BanLadder.FIRST_BAN);
    }

    @Test
    void a_ban_lifted_as_wrongly_imposed_does_not_count_but_one_lifted_for_another_reason_does() {
        ConfirmedIncident first = incident(IncidentSeverity.MEDIUM, NOW.minus(30, ChronoUnit.DAYS), "threat");
        Measure wrong = imposed(ladder.propose(first, false, AMS, List.of(), List.of()), first.confirmedAt());
        wrong.lift("henk.hq", "Wrong customer identified", true, first.confirmedAt().plus(3, ChronoUnit.DAYS));
        Measure lenient = imposed(ladder.propose(first, false, AMS, List.of(), List.of()), first.confirmedAt());
        lenient.lift("henk.hq", "Apologised in writing", false, first.confirmedAt().plus(3, ChronoUnit.DAYS));
        ConfirmedIncident next = incident(IncidentSeverity.MEDIUM, NOW, "threat");

        assertThat(ladder.propose(next, false, AMS, List.of(first), List.of(wrong)).duration())
                .isEqualTo(Period.ofMonths(1));
        assertThat(ladder.propose(next, false, AMS, List.of(first), List.of(lenient)).duration())
                .isEqualTo(Period.ofMonths(3));
    }

    @Test
    void the_twelve_month_window_counts_back_in_the_site_calendar() {
        // a ban imposed at 00:30 on 3 November 2025 in Amsterdam (2 November in UTC) is within twelve months of an
        // incident confirmed on 3 November 2026 at 11:20 there; counted in UTC it fell out of the window
        ConfirmedIncident old = incident(IncidentSeverity.MEDIUM, local("2025-11-03T00:30"), "threat");
        Measure oldBan = imposed(ladder.propose(old, false, AMS, List.of(), List.of()), old.confirmedAt());
        ConfirmedIncident now = incident(IncidentSeverity.MEDIUM, local("2026-11-03T11:20"), "threat");

        assertThat(ladder.windowStart(now.confirmedAt(), AMS)).isEqualTo(local("2025-11-03T00:00"));
        assertThat(ladder.propose(now, false, AMS, List.of(old), List.of(oldBan)).duration())
                .isEqualTo(Period.ofMonths(3));
        // in Tokyo the same instants are 3 November 08:30 and 19:20: the window starts at Tokyo's midnight
        assertThat(ladder.windowStart(now.confirmedAt(), ZoneId.of("Asia/Tokyo")))
                .isEqualTo(Instant.parse("2025-11-02T15:00:00Z"));
    }

    @Test
    void violence_starts_at_a_six_month_chain_wide_entry_ban_with_a_police_report_recommended() {
        LadderProposal proposal = ladder.propose(incident(IncidentSeverity.HIGH, NOW, "physical-violence"), true, AMS,
                List.of(), List.of());

        assertThat(proposal.type()).isEqualTo(MeasureType.ENTRY_BAN);
        assertThat(proposal.terms()).isEqualTo(EntryBanTerms.CHAIN_WIDE);
        assertThat(proposal.duration()).isEqualTo(Period.ofMonths(6));
        assertThat(proposal.basis().rule()).isEqualTo(BanLadder.CRITICAL);
        assertThat(proposal.basis().policeReportRecommended()).isTrue();
    }

    @Test
    void a_critical_severity_starts_at_the_top_too() {
        LadderProposal proposal = ladder.propose(incident(IncidentSeverity.CRITICAL, NOW, "threat"), false, AMS,
                List.of(), List.of());

        assertThat(proposal.basis().rule()).isEqualTo(BanLadder.CRITICAL);
        assertThat(proposal.terms()).isEqualTo(EntryBanTerms.CHAIN_WIDE);
    }

    @Test
    void a_low_severity_first_offence_gets_a_written_warning() {
        LadderProposal proposal = ladder.propose(incident(IncidentSeverity.LOW, NOW, "unreasonable-demand"), false, AMS,
                List.of(), List.of());

        assertThat(proposal.type()).isEqualTo(MeasureType.WRITTEN_WARNING);
        assertThat(proposal.duration()).isNull();
        assertThat(proposal.basis().rule()).isEqualTo(BanLadder.LOW_FIRST_OFFENCE);
    }

    @Test
    void a_low_severity_repeat_is_banned_for_a_month() {
        ConfirmedIncident first = incident(IncidentSeverity.LOW, NOW.minus(20, ChronoUnit.DAYS), "unreasonable-demand");
        Measure warning = proposed(ladder.propose(first, false, AMS, List.of(), List.of()), first.confirmedAt());

        LadderProposal proposal = ladder.propose(incident(IncidentSeverity.LOW, NOW, "unreasonable-demand"), false, AMS,
                List.of(first), List.of(warning));

        assertThat(proposal.type()).isEqualTo(MeasureType.ENTRY_BAN);
        assertThat(proposal.duration()).isEqualTo(Period.ofMonths(1));
    }

    @Test
    void an_incident_at_a_call_center_proposes_a_contact_ban_that_keeps_written_contact_open() {
        LadderProposal proposal = ladder.propose(incident(IncidentSeverity.HIGH, NOW, "threat"), true, AMS, List.of(), List.of());

        assertThat(proposal.type()).isEqualTo(MeasureType.CONTACT_BAN);
        ContactBanTerms terms = (ContactBanTerms) proposal.terms();
        assertThat(terms.scope()).isEqualTo(ContactScope.ALL_CONTACT);
        assertThat(terms.closes(Channel.PHONE)).isTrue();
        assertThat(terms.closes(Channel.WRITTEN)).isFalse();
    }

    private static ConfirmedIncident incident(IncidentSeverity severity, Instant confirmedAt, String type) {
        return new ConfirmedIncident(UUID.randomUUID(), "INC-2026-000042", "utr-centraal", List.of(type), severity,
                CUSTOMER, false, confirmedAt.minus(1, ChronoUnit.HOURS), confirmedAt);
    }

    private static Measure proposed(LadderProposal proposal, Instant at) {
        return Measure.propose(UUID.randomUUID(), proposal.type(), CUSTOMER, null, "utr-centraal", proposal.terms(),
                null, proposal.duration(), null, proposal.basis(), "system:sanction-ladder", at, AMS).measure();
    }

    /** Proposed by the ladder and approved by a second person the same hour: a ban that was imposed. */
    private static Measure imposed(LadderProposal proposal, Instant at) {
        Measure measure = proposed(proposal, at);
        measure.approve("henk.hq", at.plus(1, ChronoUnit.HOURS));
        return measure;
    }

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(AMS).toInstant();
    }
}
