package io.frontline.sanction.application.domain.model;

import java.util.List;

/**
 * What the ladder did in a period (seed 001: bans of one, three and six months; the second pair of eyes): customer
 * measures proposed, approved, rejected and lifted early by type and ladder rule, bans in force now, and ban
 * violations — checks that hit a ban — per site and channel. Every count is of events in the period: a measure
 * proposed before it and approved in it counts as approved, not as proposed. Staff measures are not counted here
 * (they follow the internal procedure, need-to-know). Ban checks that hit nothing are not recorded, so only the
 * hits are counted.
 */
public final class MeasureStatistics {
    private MeasureStatistics() {
    }

    /** The ladder's outcomes of one measure type and rule (the rule as recorded on the proposal). */
    public record Outcome(MeasureType type, String rule, long proposed, long approved, long rejected, long lifted) {
    }

    public record ActiveBans(MeasureType type, long active) {
    }

    public record SiteViolations(String site, long violations) {
    }

    public record ChannelViolations(Channel channel, long violations) {
    }

    public record Report(List<String> sites, List<Outcome> outcomes, List<ActiveBans> activeBans,
                         List<SiteViolations> violationsBySite, List<ChannelViolations> violationsByChannel) {
        public long proposed() {
            return outcomes.stream().mapToLong(Outcome::proposed).sum();
        }

        public long approved() {
            return outcomes.stream().mapToLong(Outcome::approved).sum();
        }

        public long rejected() {
            return outcomes.stream().mapToLong(Outcome::rejected).sum();
        }

        public long lifted() {
            return outcomes.stream().mapToLong(Outcome::lifted).sum();
        }

        public long violations() {
            return violationsBySite.stream().mapToLong(SiteViolations::violations).sum();
        }
    }
}
