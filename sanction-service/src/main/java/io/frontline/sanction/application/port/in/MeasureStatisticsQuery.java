package io.frontline.sanction.application.port.in;

import io.frontline.sanction.application.domain.model.MeasureStatistics;

/** The ladder's figures in the actor's scope: site managers their sites, regions theirs, HQ safety the chain. */
public interface MeasureStatisticsQuery {
    MeasureStatistics.Report statistics(MeasureStatisticsCommand command);
}
