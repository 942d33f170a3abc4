package io.frontline.prevention.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.prevention.application.domain.model.ComplianceReport;

import java.time.LocalDate;

/** The compliance report for a site or the chain (null), over a window of incidents (default: the last 12 months). */
public interface ComplianceReportQuery {
    ComplianceReport report(Actor actor, String siteId, LocalDate from, LocalDate to);
}
