package io.frontline.sanction.application.port.out;

import io.frontline.sanction.application.domain.model.MeasureStatistics;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Counts customer measures and ban violations with the reader's sites in the query's condition: {@code sites} null
 * is the whole chain. The period is half-open, {@code from} inclusive.
 */
public interface MeasureStatisticsPort {
    List<MeasureStatistics.Outcome> outcomes(Set<String> sites, Instant from, Instant to);

    List<MeasureStatistics.ActiveBans> activeBans(Set<String> sites);

    List<MeasureStatistics.SiteViolations> violationsBySite(Set<String> sites, Instant from, Instant to);

    List<MeasureStatistics.ChannelViolations> violationsByChannel(Set<String> sites, Instant from, Instant to);
}
