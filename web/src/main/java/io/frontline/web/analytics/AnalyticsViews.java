package io.frontline.web.analytics;

import io.frontline.web.i18n.Texts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Region;
import io.frontline.platform.domain.Site;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the dashboard shows, already in the reader's language, from incident-service's figures. */
final class AnalyticsViews {
    static final List<String> SEVERITIES = List.of("low", "medium", "high", "critical");

    /** A headline figure, its trend against the period before (null when it has none) and a stable id. */
    record Figure(String id, String label, String value, String trend) {
    }

    /** One cell of a chart's table: its number and, when it drills down, the queue's link. */
    record Cell(String value, String href) {
    }

    record Row(String label, List<Cell> cells) {
    }

    /**
     * A chart: the canvas's data as JSON (labels, series, links) and the same numbers as a table with a caption, for
     * screen readers and for reading without colour.
     */
    record Bar(String id, String title, String caption, List<String> columns, List<Row> rows, String data,
               boolean empty, boolean unavailable) {
        Bar(String id, String title, String caption, List<String> columns, List<Row> rows, String data,
            boolean empty) {
            this(id, title, caption, columns, rows, data, empty, false);
        }

        /** The chart's name in the export path: incident-service's charts by its names, the others by the web's. */
        public String export() {
            return switch (id) {
                case "weekly" -> "weekly-by-severity";
                case "by-type" -> "groups";
                default -> id;
            };
        }

        /** The table as CSV rows: a header (the row label's column, then the columns), then one row per line. */
        List<List<String>> csv(String rowHeader) {
            List<List<String>> lines = new ArrayList<>();
            List<String> header = new ArrayList<>();
            header.add(rowHeader);
            header.addAll(columns);
            lines.add(header);
            for (Row r : rows) {
                List<String> line = new ArrayList<>();
                line.add(r.label());
                r.cells().forEach(c -> line.add(c.value()));
                lines.add(line);
            }
            return lines;
        }
    }

    record HeatRow(String weekday, List<Cell> hours) {
    }

    /** Incidents at one site by weekday and hour of its own clock; each non-empty cell links to its incidents. */
    record HeatMap(String site, String siteName, String caption, List<HeatRow> rows, List<String> hours,
                   Map<String, String> shades) {
        public String shade(Cell cell) {
            return shades.getOrDefault(cell.value(), "heat-0");
        }
    }

    record ScopeLink(String label, String href, boolean current) {
    }

    record Dashboard(String title, String self, String from, String to, String period, List<Figure> figures,
                     Bar weekly, Bar byType, Bar detection, List<HeatMap> heatMaps, List<ScopeLink> scopes,
                     String exportScope, List<Bar> others) {
        public List<Bar> charts() {
            List<Bar> all = new ArrayList<>(List.of(weekly, byType, detection));
            all.addAll(others);
            return all;
        }
    }

    /** A section whose service did not answer: the rest of the dashboard still shows. */
    Bar unavailable(String id, String title) {
        return new Bar(id, title, title, List.of(), List.of(), "{}", true, true);
    }

    Bar ladder(JsonNode stats) {
        Map<String, long[]> byType = new LinkedHashMap<>();
        for (JsonNode o : stats.path("outcomes")) {
            long[] c = byType.computeIfAbsent(o.path("type").asText(), k -> new long[4]);
            c[0] += o.path("proposed").asLong();
            c[1] += o.path("approved").asLong();
            c[2] += o.path("rejected").asLong();
            c[3] += o.path("lifted").asLong();
        }
        List<String> labels = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<List<Long>> series = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        byType.forEach((type, c) -> {
            String label = label("measure_", type);
            labels.add(label);
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                series.get(i).add(c[i]);
                cells.add(new Cell(Long.toString(c[i]), null));
            }
            rows.add(new Row(label, cells));
        });
        List<String> columns = List.of(t.proposed(), t.approved(), t.rejected(), t.lifted());
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            datasets.add(Map.of("label", columns.get(i), "data", series.get(i), "pattern", i, "code", "outcome" + i));
        }
        return new Bar("ladder", t.chart_ladder(), t.chart_ladder_caption(stats.path("totals").path("violations")
                .asLong()), columns, rows, data("bar", labels, datasets, false), rows.isEmpty());
    }

    Bar escalations(JsonNode stats) {
        List<String> labels = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<Double> medians = new ArrayList<>();
        List<Double> p90s = new ArrayList<>();
        for (JsonNode g : stats.path("byLevel")) {
            String label = t.level(g.path("key").asText());
            labels.add(label);
            JsonNode ack = g.path("toAcknowledge");
            medians.add(ack.path("median").isNumber() ? ack.path("median").asDouble() : 0.0);
            p90s.add(ack.path("p90").isNumber() ? ack.path("p90").asDouble() : 0.0);
            rows.add(new Row(label, List.of(new Cell(g.path("started").asText(), null),
                    new Cell(g.path("acknowledged").asText(), null), new Cell(g.path("exhausted").asText(), null),
                    new Cell(minutes(ack.path("median")), null), new Cell(minutes(ack.path("p90")), null))));
        }
        List<Map<String, Object>> datasets = List.of(
                Map.of("label", t.median_minutes(), "data", medians, "pattern", 0, "code", "median"),
                Map.of("label", t.p90_minutes(), "data", p90s, "pattern", 3, "code", "p90"));
        return new Bar("escalations", t.chart_escalations(), t.chart_escalations_caption(),
                List.of(t.started(), t.acknowledged(), t.exhausted(), t.median_minutes(), t.p90_minutes()), rows,
                data("bar", labels, datasets, false), rows.isEmpty());
    }

    private String minutes(JsonNode value) {
        return value.isNumber() ? value.asText() : t.none_yet();
    }

    /** Complaint-service's figures per site, already narrowed by it to the page's scope, site or region. */
    Bar complaints(JsonNode stats) {
        List<String> labels = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<Long> shares = new ArrayList<>();
        for (JsonNode g : stats.path("groups")) {
            String site = g.path("key").asText();
            String label = organisation.findSite(site).map(Site::name).orElse(site);
            labels.add(label);
            JsonNode share = g.path("shareResolvedWithinTerm");
            shares.add(share.isNumber() ? Math.round(share.asDouble() * 100) : 0L);
            rows.add(new Row(label, List.of(new Cell(g.path("count").asText(), null),
                    new Cell(g.path("resolved").asText(), null),
                    new Cell(share.isNumber() ? Math.round(share.asDouble() * 100) + " %" : t.none_yet(), null),
                    new Cell(g.path("overdue").asText("0"), null))));
        }
        List<Map<String, Object>> datasets = List.of(Map.of("label", t.within_term(), "data", shares, "pattern", 2,
                "code", "within-term"));
        return new Bar("complaints", t.chart_complaints(), t.chart_complaints_caption(),
                List.of(t.received(), t.resolved(), t.within_term(), t.overdue_now()), rows,
                data("bar", labels, datasets, false),
                rows.isEmpty());
    }

    private final AnalyticsMessages t;
    private final Organisation organisation;
    private final ObjectMapper json;
    private final Locale locale;

    AnalyticsViews(AnalyticsMessages t, Organisation organisation, ObjectMapper json, Locale locale) {
        this.t = t;
        this.organisation = organisation;
        this.json = json;
        this.locale = locale;
    }

    static AnalyticsMessages in(String language) {
        return MessageBundles.get(AnalyticsMessages.class, Localized.Literal.of(language));
    }

    String date(LocalDate day) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    List<Figure> figures(JsonNode h, JsonNode before) {
        List<Figure> figures = new ArrayList<>();
        figures.add(count("reported", t.figure_reported(), h.path("reported"), before.path("reported")));
        figures.add(count("confirmed", t.figure_confirmed(), h.path("confirmed"), before.path("confirmed")));
        figures.add(count("unfounded", t.figure_unfounded(), h.path("unfounded"), before.path("unfounded")));
        figures.add(new Figure("independent", t.figure_independent(), share(h.path("shareWithIndependentStatement")),
                null));
        figures.add(new Figure("triage", t.figure_triage(), hours(h.path("reportToTriage")), null));
        figures.add(new Figure("decision", t.figure_decision(), hours(h.path("reportToDecision")), null));
        figures.add(new Figure("care", t.figure_care(), share(h.path("careTasks").path("shareOnTime")),
                null));
        figures.add(new Figure("police", t.figure_police(), t.police(h.path("policeReports").path("recommended")
                .asLong(), h.path("policeReports").path("filed").asLong()), null));
        figures.add(count("repeat", t.figure_repeat(), h.path("repeatSubjects"), before.path("repeatSubjects")));
        figures.add(count("several-sites", t.figure_several_sites(), h.path("subjectsSeenAtSeveralSites"),
                before.path("subjectsSeenAtSeveralSites")));
        return figures;
    }

    private Figure count(String id, String label, JsonNode now, JsonNode before) {
        long n = now.asLong();
        long b = before.asLong();
        String trend = n == b ? t.trend_same() : n > b ? t.trend_up(n - b) : t.trend_down(b - n);
        return new Figure(id, label, Long.toString(n), trend);
    }

    private String share(JsonNode share) {
        return share.isNumber() ? Math.round(share.asDouble() * 100) + " %" : t.none_yet();
    }

    private String hours(JsonNode h) {
        if (!h.path("median").isNumber()) {
            return t.none_yet();
        }
        return t.hours(h.path("median").asText(), h.path("p90").asText());
    }

    Bar weekly(JsonNode weeks, AnalyticsPages.Period period, String site) {
        return weekly(weeks, period, site, null);
    }

    /** The scope of a drill-down link: the site, else the region (issue 14: exactly that region's incidents). */
    static String scopeQuery(String site, String region) {
        return site != null ? "site=" + site + "&" : region != null ? "region=" + region + "&" : "";
    }

    Bar weekly(JsonNode weeks, AnalyticsPages.Period period, String site, String region) {
        List<String> labels = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Map<String, List<Long>> series = new LinkedHashMap<>();
        Map<String, List<String>> links = new LinkedHashMap<>();
        SEVERITIES.forEach(s -> {
            series.put(s, new ArrayList<>());
            links.put(s, new ArrayList<>());
        });
        for (JsonNode w : weeks) {
            LocalDate start = LocalDate.parse(w.path("weekStarting").asText());
            LocalDate from = start.isBefore(period.from()) ? period.from() : start;
            LocalDate end = start.plusDays(6).isAfter(period.to()) ? period.to() : start.plusDays(6);
            String label = t.week_of(date(start));
            labels.add(label);
            List<Cell> cells = new ArrayList<>();
            for (String s : SEVERITIES) {
                long n = w.path(s).asLong();
                String href = "/incidents?" + scopeQuery(site, region) + "severity=" + s
                        + "&dates=reported&from=" + from + "&to=" + end;
                series.get(s).add(n);
                links.get(s).add(href);
                cells.add(new Cell(Long.toString(n), n == 0 ? null : href));
            }
            cells.add(new Cell(w.path("total").asText(), null));
            rows.add(new Row(label, cells));
        }
        List<String> columns = new ArrayList<>();
        List<Map<String, Object>> datasets = new ArrayList<>();
        int i = 0;
        for (String s : SEVERITIES) {
            String name = label("severity_", s);
            columns.add(name);
            datasets.add(Map.of("label", name, "data", series.get(s), "links", links.get(s), "pattern", i++,
                    "code", s));
        }
        columns.add(t.total());
        return new Bar("weekly", t.chart_weekly(), t.chart_weekly_caption(), columns, rows,
                data("bar", labels, datasets, true), rows.isEmpty());
    }

    Bar byType(JsonNode groups, AnalyticsPages.Period period, String site) {
        return byType(groups, period, site, null);
    }

    Bar byType(JsonNode groups, AnalyticsPages.Period period, String site, String region) {
        List<String> labels = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<Long> reported = new ArrayList<>();
        List<Long> confirmed = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (JsonNode g : groups) {
            String code = g.path("key").asText();
            String label = label("type_", code);
            String href = "/incidents?" + scopeQuery(site, region) + "type=" + code
                    + "&dates=reported&from=" + period.from() + "&to=" + period.to();
            labels.add(label);
            reported.add(g.path("reported").asLong());
            confirmed.add(g.path("confirmed").asLong());
            links.add(href);
            rows.add(new Row(label, List.of(new Cell(g.path("reported").asText(), href),
                    new Cell(g.path("confirmed").asText(), null), new Cell(g.path("unfounded").asText(), null))));
        }
        List<Map<String, Object>> datasets = List.of(
                Map.of("label", t.figure_reported(), "data", reported, "links", links, "pattern", 0, "code", "reported"),
                Map.of("label", t.figure_confirmed(), "data", confirmed, "links", links, "pattern", 2,
                        "code", "confirmed"));
        return new Bar("by-type", t.chart_types(), t.chart_types_caption(),
                List.of(t.figure_reported(), t.figure_confirmed(), t.figure_unfounded()), rows,
                data("bar", labels, datasets, false), rows.isEmpty());
    }

    /**
     * The detector's confirm rate per rule (the chart's bars), and in the table each rule's row followed by one row per
     * language of the calls (nl, en, ja, unknown) with the same figures for those calls alone.
     */
    Bar detection(JsonNode rules, JsonNode byLanguage) {
        List<String> labels = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<Long> rates = new ArrayList<>();
        for (JsonNode r : rules) {
            String rule = r.path("rule").asText();
            String label = label("rule_", rule);
            labels.add(label);
            JsonNode rate = r.path("confirmRate");
            rates.add(rate.isNumber() ? Math.round(rate.asDouble() * 100) : 0L);
            rows.add(new Row(label, detectionCells(r)));
            for (JsonNode l : byLanguage) {
                if (rule.equals(l.path("rule").asText())) {
                    rows.add(new Row(t.detection_language_row(label, label("language_", l.path("language").asText())),
                            detectionCells(l)));
                }
            }
        }
        List<Map<String, Object>> datasets = List.of(Map.of("label", t.confirm_rate(), "data", rates,
                "pattern", 1, "code", "rate"));
        return new Bar("detection", t.chart_detection(), t.chart_detection_caption(),
                List.of(t.suggestions(), t.figure_confirmed(), t.dismissed(), t.confirm_rate()), rows,
                data("bar", labels, datasets, false), rows.isEmpty());
    }

    private List<Cell> detectionCells(JsonNode r) {
        JsonNode rate = r.path("confirmRate");
        return List.of(new Cell(r.path("suggestions").asText(), null), new Cell(r.path("confirmed").asText(), null),
                new Cell(r.path("dismissed").asText(), null),
                new Cell(rate.isNumber() ? Math.round(rate.asDouble() * 100) + " %" : t.none_yet(), null));
    }

    List<HeatMap> heatMaps(JsonNode cells, AnalyticsPages.Period period) {
        Map<String, long[][]> bySite = new LinkedHashMap<>();
        long max = 0;
        for (JsonNode c : cells) {
            long[][] grid = bySite.computeIfAbsent(c.path("site").asText(), s -> new long[8][24]);
            long n = c.path("count").asLong();
            grid[c.path("weekday").asInt()][c.path("hour").asInt()] = n;
            max = Math.max(max, n);
        }
        List<String> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hours.add(String.format("%02d", h));
        }
        List<HeatMap> maps = new ArrayList<>();
        Map<String, String> shades = new LinkedHashMap<>();
        for (long n = 1; n <= max; n++) {
            shades.put(Long.toString(n), "heat-" + Math.min(4, 1 + (int) ((n - 1) * 4 / Math.max(1, max))));
        }
        for (Map.Entry<String, long[][]> e : bySite.entrySet()) {
            String site = e.getKey();
            String name = organisation.findSite(site).map(Site::name).orElse(site);
            List<HeatRow> rows = new ArrayList<>();
            for (int d = 1; d <= 7; d++) {
                List<Cell> row = new ArrayList<>();
                for (int h = 0; h < 24; h++) {
                    long n = e.getValue()[d][h];
                    row.add(new Cell(Long.toString(n), n == 0 ? null : "/incidents?site=" + site
                            + "&dates=reported&from=" + period.from() + "&to=" + period.to() + "&weekday=" + d
                            + "&hour=" + h));
                }
                rows.add(new HeatRow(DayOfWeek.of(d).getDisplayName(TextStyle.SHORT, locale), row));
            }
            maps.add(new HeatMap(site, name, t.chart_heat_caption(name), rows, hours, shades));
        }
        return maps;
    }

    List<ScopeLink> scopes(SecurityIdentity identity, JsonNode covered, String scope, String site, String region) {
        List<ScopeLink> links = new ArrayList<>();
        if (identity.hasRole("hq-safety") || identity.hasRole("admin")) {
            links.add(new ScopeLink(t.title_chain(), "/analytics/chain", "chain".equals(scope)));
            for (Region r : organisation.regions()) {
                links.add(new ScopeLink(r.name(), "/analytics/region/" + r.id(), r.id().equals(region)));
            }
        } else {
            for (String r : Claims.list(identity, "regions")) {
                links.add(new ScopeLink(organisation.findRegion(r).map(Region::name).orElse(r),
                        "/analytics/region/" + r, r.equals(region)));
            }
        }
        for (JsonNode s : covered) {
            String id = s.asText();
            links.add(new ScopeLink(organisation.findSite(id).map(Site::name).orElse(id), "/analytics/site/" + id,
                    id.equals(site)));
        }
        return links;
    }

    private String data(String type, List<String> labels, List<Map<String, Object>> datasets, boolean stacked) {
        try {
            return json.writeValueAsString(Map.of("type", type, "labels", labels, "datasets", datasets,
                    "stacked", stacked));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A text chosen by a code incident-service sends ({@code severity_}, {@code type_}, {@code rule_}). */
    String label(String prefix, String code) {
        return Texts.label(AnalyticsMessages.class, t, locale.getLanguage(), prefix, code);
    }
}
