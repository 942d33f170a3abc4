package io.frontline.complaint.application.port.in;

import io.frontline.complaint.application.domain.model.ComplaintStatistics;

import java.util.List;

/** Recurring problems over the complaints received in a period, in the reader's scope (issue 14). */
public interface ComplaintStatisticsQuery {
    /** The figures and the sites they cover. */
    record Figures(List<String> sites, ComplaintStatistics.Report report) {
    }

    /** A site or region the actor does not oversee is refused (403); an unknown one is 400. */
    Figures statistics(ComplaintStatisticsCommand command);
}
