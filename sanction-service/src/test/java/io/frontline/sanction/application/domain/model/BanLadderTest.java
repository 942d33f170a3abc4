package io.frontline.sanction.application.domain.model;

import io.frontline.platform.domain.SubjectKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.Period;
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
    private final BanLadder ladder = new BanLadder(LadderPolicy.SEED_001);

    @Test
    void a_first_confirmed_incident_proposes_a_one_month_ban() {
        LadderProposal proposal = ladder.propose(incident(IncidentSeverity.HIGH, NOW, "threat"), false, List.of(), List.of());

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
            LadderProposal proposal = ladder.propose(incident, false, incidents, measures);
            durations.add(proposal.duration());
            rules.add(proposal.basis().rule());
            incidents.add(incident);
            measures.add(proposed(proposal, incident.confirmedAt()));
        }

        assertThat(durations).containsExactly(Period.ofMonths(1), Period.ofMonths(3), Period.ofMonths(6));
        assertThat(rules).containsExactly(BanLadder.FIRST_BAN, BanLadder.REPEAT, BanLadder.FURTHER_REPEAT);
    }

    @Test
    void the_proposal_shows_the_history_it_weighed() {
        ConfirmedIncident first = incident(IncidentSeverity.MEDIUM, NOW.minus(40, ChronoUnit.DAYS), "threat");
        Measure firstBan = proposed(ladder.propose(first, false, List.of(), List.of()), first.confirmedAt());

        LadderProposal second = ladder.propose(incident(IncidentSeverity.MEDIUM, NOW, "threat"), false,
                List.of(first), List.of(firstBan));

        assertThat(second.basis().history()).extracting(HistoryItem::kind, HistoryItem::id)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(HistoryItem.INCIDENT, first.incidentId().toString()),
                        org.assertj.core.groups.Tuple.tuple(HistoryItem.MEASURE, firstBan.id().toString()));
        assertThat(second.basis().explanation()).contains("One earlier ban within 12 months");
    }

    @Test
    void a_ban_more_than_twelve_months_ago_does_not_count() {
        ConfirmedIncident old = incident(IncidentSeverity.MEDIUM, NOW.minus(400, ChronoUnit.DAYS), "threat");
        Measure oldBan = proposed(ladder.propose(old, false, List.of(), List.of()), old.confirmedAt());

        LadderProposal proposal = ladder.propose(incident(IncidentSeverity.MEDIUM, NOW, "threat"), false,
                List.of(old), List.of(oldBan));

        assertThat(proposal.duration()).isEqualTo(Period.ofMonths(1));
        assertThat(proposal.basis().history()).isEmpty();
    }

    @Test
    void a_rejected_proposal_does_not_count_as_an_earlier_ban() {
        ConfirmedIncident first = incident(IncidentSeverity.MEDIUM, NOW.minus(10, ChronoUnit.DAYS), "threat");
        Measure rejected = proposed(ladder.propose(first, false, List.of(), List.of()), first.confirmedAt());
        rejected.reject("henk.hq", "Not proportionate", first.confirmedAt());

        LadderProposal proposal = ladder.propose(incident(IncidentSeverity.MEDIUM, NOW, "threat"), false,
                List.of(first), List.of(rejected));

        assertThat(proposal.basis().rule()).isEqualTo(BanLadder.FIRST_BAN);
    }

    @Test
    void violence_starts_at_a_six_month_chain_wide_entry_ban_with_a_police_report_recommended() {
        LadderProposal proposal = ladder.propose(incident(IncidentSeverity.HIGH, NOW, "physical-violence"), true,
                List.of(), List.of());

        assertThat(proposal.type()).isEqualTo(MeasureType.ENTRY_BAN);
        assertThat(proposal.terms()).isEqualTo(EntryBanTerms.CHAIN_WIDE);
        assertThat(proposal.duration()).isEqualTo(Period.ofMonths(6));
        assertThat(proposal.basis().rule()).isEqualTo(BanLadder.CRITICAL);
        assertThat(proposal.basis().policeReportRecommended()).isTrue();
    }

    @Test
    void a_critical_severity_starts_at_the_top_too() {
        LadderProposal proposal = ladder.propose(incident(IncidentSeverity.CRITICAL, NOW, "threat"), false,
                List.of(), List.of());

        assertThat(proposal.basis().rule()).isEqualTo(BanLadder.CRITICAL);
        assertThat(proposal.terms()).isEqualTo(EntryBanTerms.CHAIN_WIDE);
    }

    @Test
    void a_low_severity_first_offence_gets_a_written_warning() {
        LadderProposal proposal = ladder.propose(incident(IncidentSeverity.LOW, NOW, "unreasonable-demand"), false,
                List.of(), List.of());

        assertThat(proposal.type()).isEqualTo(MeasureType.WRITTEN_WARNING);
        assertThat(proposal.duration()).isNull();
        assertThat(proposal.basis().rule()).isEqualTo(BanLadder.LOW_FIRST_OFFENCE);
    }

    @Test
    void a_low_severity_repeat_is_banned_for_a_month() {
        ConfirmedIncident first = incident(IncidentSeverity.LOW, NOW.minus(20, ChronoUnit.DAYS), "unreasonable-demand");
        Measure warning = proposed(ladder.propose(first, false, List.of(), List.of()), first.confirmedAt());

        LadderProposal proposal = ladder.propose(incident(IncidentSeverity.LOW, NOW, "unreasonable-demand"), false,
                List.of(first), List.of(warning));

        assertThat(proposal.type()).isEqualTo(MeasureType.ENTRY_BAN);
        assertThat(proposal.duration()).isEqualTo(Period.ofMonths(1));
    }

    @Test
    void an_incident_at_a_call_center_proposes_a_contact_ban_that_keeps_written_contact_open() {
        LadderProposal proposal = ladder.propose(incident(IncidentSeverity.HIGH, NOW, "threat"), true, List.of(), List.of());

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
                null, proposal.duration(), null, proposal.basis(), "system:sanction-ladder", at).measure();
    }
}
