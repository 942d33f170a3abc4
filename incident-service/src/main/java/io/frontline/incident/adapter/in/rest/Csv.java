package io.frontline.incident.adapter.in.rest;

import io.frontline.incident.application.domain.model.IncidentStatistics;
import io.frontline.incident.application.domain.model.IncidentSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static io.frontline.incident.adapter.in.rest.IncidentResponse.wire;

/** The analytics' CSV files (RFC 4180): a header row, then one row per figure or per incident. */
final class Csv {
    private Csv() {
    }

    static List<List<Object>> chart(IncidentStatisticsResource.Chart chart, IncidentStatistics.Report r) {
        List<List<Object>> rows = new ArrayList<>();
        switch (chart) {
            case HEADLINE -> {
                IncidentStatistics.Headline h = r.headline();
                rows.add(List.of("figure", "value"));
                rows.add(row("reported", h.reported()));
                rows.add(row("confirmed", h.confirmed()));
                rows.add(row("unfounded", h.unfounded()));
                rows.add(row("with-independent-statement", h.withIndependentStatement()));
                rows.add(row("share-with-independent-statement", h.shareWithIndependentStatement()));
                rows.add(row("hours-report-to-triage-median", h.reportToTriage().median()));
                rows.add(row("hours-report-to-triage-p90", h.reportToTriage().p90()));
                rows.add(row("hours-report-to-decision-median", h.reportToDecision().median()));
                rows.add(row("hours-report-to-decision-p90", h.reportToDecision().p90()));
                rows.add(row("care-tasks", h.careTasks().tasks()));
                rows.add(row("care-tasks-done-on-time", h.careTasks().doneOnTime()));
                rows.add(row("care-tasks-share-on-time", h.careTasks().shareOnTime()));
                rows.add(row("police-reports-recommended", h.policeReports().recommended()));
                rows.add(row("police-reports-filed", h.policeReports().filed()));
                rows.add(row("repeat-subjects", h.repeatSubjects()));
                rows.add(row("subjects-seen-at-several-sites", h.subjectsSeenAtSeveralSites()));
            }
            case GROUPS -> {
                rows.add(List.of("group", "reported", "confirmed", "unfounded"));
                r.groups().forEach(g -> rows.add(row(g.key(), g.reported(), g.confirmed(), g.unfounded())));
            }
            case WEEKLY_BY_SEVERITY -> {
                rows.add(List.of("week-starting", "low", "medium", "high", "critical", "total"));
                r.weeklyBySeverity().forEach(w -> rows.add(row(w.weekStarting(), w.low(), w.medium(), w.high(),
                        w.critical(), w.total())));
            }
            case HEAT_MAP -> {
                rows.add(List.of("site", "weekday", "hour", "incidents"));
                r.heatMap().forEach(c -> rows.add(row(c.site(), c.weekday(), c.hour(), c.count())));
            }
            case DETECTION -> {
                // Per rule over all languages ("all"), then per rule and language, as the dashboard's table.
                rows.add(List.of("rule", "language", "suggestions", "confirmed", "dismissed", "open", "confirm-rate"));
                r.detection().forEach(d -> rows.add(row(d.rule(), "all", d.suggestions(), d.confirmed(),
                        d.dismissed(), d.open(), d.confirmRate())));
                r.detectionByLanguage().forEach(d -> rows.add(row(d.rule(), d.language(), d.suggestions(),
                        d.confirmed(), d.dismissed(), d.open(), d.confirmRate())));
            }
        }
        return rows;
    }

    /** One row per incident, as the queue shows it: no description, statements or perpetrator. */
    static List<List<Object>> incidents(List<IncidentSummary> incidents) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("reference", "site", "types", "severity", "status", "source", "occurred-at", "reported-at",
                "outcome"));
        for (IncidentSummary i : incidents) {
            rows.add(row(i.reference().value(), i.siteId(),
                    i.types().stream().map(t -> wire(t.name())).sorted().collect(Collectors.joining(" ")),
                    wire(i.severity().name()), wire(i.status().name()), wire(i.source().name()), i.occurredAt(),
                    i.reportedAt(), i.outcome() == null ? null : wire(i.outcome().name())));
        }
        return rows;
    }

    private static List<Object> row(Object... values) {
        List<Object> row = new ArrayList<>();
        for (Object v : values) {
            row.add(v);
        }
        return row;
    }

    static String write(List<List<Object>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<Object> row : rows) {
            out.append(row.stream().map(Csv::field).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString();
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // A spreadsheet must not read a value as a formula.
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
