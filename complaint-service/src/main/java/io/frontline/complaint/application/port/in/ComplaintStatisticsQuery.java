package io.frontline.complaint.application.port.in;

import io.frontline.complaint.application.domain.model.ComplaintStatistics;
import io.frontline.platform.domain.Actor;

import java.time.LocalDate;

/** Recurring problems over the complaints received from {@code from} up to and including {@code to}, in scope. */
public interface ComplaintStatisticsQuery {
    ComplaintStatistics.Report statistics(Actor actor, LocalDate from, LocalDate to,
                                          ComplaintStatistics.GroupBy groupBy);
}
