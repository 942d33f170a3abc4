package io.frontline.sanction.application.domain.model;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Proposes a measure for a confirmed incident by the chain's {@link LadderPolicy}, from the perpetrator's
 * history within the chain's repeat window (twelve months by default, counted back in the site's calendar):
 * earlier confirmed incidents, and earlier bans that were imposed ({@link Measure#countsOnLadder()}). Seed 001
 * lengthens a ban "bij recidive": only a ban that was imposed makes the next one longer; a proposal still
 * pending, rejected, overturned on objection or lifted as wrongly imposed does not.
 *
 * <p>A ban proposal still awaiting its decision for the same person holds the new one beside it (rule
 * {@value #HELD_BESIDE_PENDING}): it proposes the step the imposed bans call for (a first ban, not a repeat),
 * lists the pending proposal in its history, and is decided after it, so whoever decides sees both together.
 *
 * <p>The proposal names the rule that fired and the history it weighed. An incident at a call center leads to a
 * contact ban, one at a branch to an entry ban there.
 */
public final class BanLadder {
    public static final String CRITICAL = "critical-incident";
    public static final String LOW_FIRST_OFFENCE = "low-first-offence";
    public static final String FIRST_BAN = "first-ban";
    public static final String REPEAT = "repeat-within-12-months";
    public static final String FURTHER_REPEAT = "further-repeat-within-12-months";
    public static final String HELD_BESIDE_PENDING = "held-beside-pending-proposal";

    private final LadderPolicy policy;

    public BanLadder(LadderPolicy policy) {
        this.policy = policy;
    }

    public LadderPolicy policy() {
        return policy;
    }

    /**
     * The start of the window of history that counts for an incident confirmed at {@code confirmedAt} at a site
     * in {@code siteZone}: the start of the same local day, the window's length earlier.
     */
    public Instant windowStart(Instant confirmedAt, ZoneId siteZone) {
        return policy.window().startFor(confirmedAt, siteZone);
    }

    public LadderProposal propose(ConfirmedIncident incident, boolean atCallCenter, ZoneId siteZone,
                                  List<ConfirmedIncident> earlierIncidents, List<Measure> earlierMeasures) {
        Instant from = windowStart(incident.confirmedAt(), siteZone);
        List<ConfirmedIncident> incidents = earlierIncidents.stream()
                .filter(i -> !i.incidentId().equals(incident.incidentId()))
                .filter(i -> !i.confirmedAt().isBefore(from) && !i.confirmedAt().isAfter(incident.confirmedAt()))
                .toList();
        List<Measure> inWindow = earlierMeasures.stream()
                .filter(m -> !m.proposedAt().isBefore(from) && !m.proposedAt().isAfter(incident.confirmedAt()))
                .toList();
        List<Measure> measures = inWindow.stream().filter(Measure::countsOnLadder).toList();
        List<Measure> pendingBans = inWindow.stream()
                .filter(m -> m.status() == MeasureStatus.PROPOSED && m.type().isBan()).toList();
        List<Measure> weighed = new ArrayList<>(measures);
        weighed.addAll(pendingBans);
        List<HistoryItem> history = history(incidents, weighed);
        long earlierBans = measures.stream().filter(m -> m.type().isBan()).count();
        String window = months(policy.window().length());

        if (isCritical(incident)) {
            return new LadderProposal(MeasureType.ENTRY_BAN, EntryBanTerms.CHAIN_WIDE, policy.criticalBan(),
                    basis(incident, CRITICAL, "Critical incident (" + String.join(", ", incident.types())
                            + ", severity " + Measure.wire(incident.severity()) + "): chain-wide entry ban of "
                            + months(policy.criticalBan()) + " and a police report recommended", history, true));
        }
        if (policy.warningForLowFirstOffence() && incident.severity() == IncidentSeverity.LOW
                && incidents.isEmpty() && measures.isEmpty()) {
            return new LadderProposal(MeasureType.WRITTEN_WARNING, null, null, basis(incident, LOW_FIRST_OFFENCE,
                    "Low-severity first offence, nothing earlier within " + window + ": a written warning", history,
                    false));
        }
        MeasureType type = atCallCenter ? MeasureType.CONTACT_BAN : MeasureType.ENTRY_BAN;
        BanTerms terms = atCallCenter
                ? new ContactBanTerms(ContactScope.ALL_CONTACT, null, null, null, policy.contactBanChannels(),
                policy.contactBanAlternative())
                : EntryBanTerms.sites(Set.of(incident.siteId()));
        String rule;
        String explanation;
        Period duration;
        if (earlierBans == 0) {
            rule = FIRST_BAN;
            duration = policy.firstBan();
            explanation = "No earlier ban imposed within " + window + ": first ban of " + months(duration);
        } else if (earlierBans == 1) {
            rule = REPEAT;
            duration = policy.repeatBan();
            explanation = "One earlier ban imposed within " + window + ": repeat ban of " + months(duration);
        } else {
            rule = FURTHER_REPEAT;
            duration = policy.furtherBan();
            explanation = earlierBans + " earlier bans imposed within " + window + ": ban of " + months(duration);
        }
        if (!pendingBans.isEmpty()) {
            rule = HELD_BESIDE_PENDING;
            explanation = "Held beside the ban proposal still awaiting a decision ("
                    + pendingBans.stream().map(m -> m.id().toString()).reduce((a, b) -> a + ", " + b).orElseThrow()
                    + "), to be decided after it by whoever decides it; a ban not yet imposed is no repeat. "
                    + explanation;
        }
        return new LadderProposal(type, terms, duration, basis(incident, rule, explanation, history, false));
    }

    private boolean isCritical(ConfirmedIncident incident) {
        return incident.severity() == IncidentSeverity.CRITICAL
                || incident.types().stream().anyMatch(policy.criticalTypes()::contains);
    }

    private static ProposalBasis basis(ConfirmedIncident incident, String rule, String explanation,
                                       List<HistoryItem> history, boolean critical) {
        boolean police = critical || incident.policeReportRecommended();
        return new ProposalBasis(rule, explanation + " (incident " + incident.reference() + ")", history,
                incident.incidentId(), police);
    }

    private static List<HistoryItem> history(List<ConfirmedIncident> incidents, List<Measure> measures) {
        List<HistoryItem> items = new ArrayList<>();
        incidents.forEach(i -> items.add(new HistoryItem(HistoryItem.INCIDENT, i.incidentId().toString(),
                i.reference() + " (" + Measure.wire(i.severity()) + ")", i.confirmedAt())));
        measures.forEach(m -> items.add(new HistoryItem(HistoryItem.MEASURE, m.id().toString(),
                Measure.wire(m.type()) + m.duration().map(d -> " " + d).orElse("") + " ("
                        + Measure.wire(m.status()) + ")", m.proposedAt())));
        items.sort(Comparator.comparing(HistoryItem::at));
        return items;
    }

    private static String months(Period period) {
        long months = period.toTotalMonths();
        if (period.getDays() == 0 && months > 0) {
            return months == 1 ? "one month" : months + " months";
        }
        return period.toString();
    }
}
