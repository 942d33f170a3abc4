package io.frontline.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.web.admin.ConfigurationPages.Table;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The services' configuration answers as tables a person reads: one row per site, rule, level or step. */
final class ConfigurationTables {
    private ConfigurationTables() {
    }

    static List<Table> organisation(JsonNode o, AdminMessages m) {
        List<List<String>> regions = new ArrayList<>();
        o.path("regions").forEach(r -> regions.add(List.of(r.path("id").asText(), r.path("name").asText())));
        List<List<String>> sites = new ArrayList<>();
        for (JsonNode s : o.path("sites")) {
            sites.add(List.of(s.path("id").asText(), s.path("name").asText(), s.path("type").asText(),
                    s.path("region").asText(), s.path("timeZone").asText(), join(s.path("workingDays")),
                    join(s.path("holidays"))));
        }
        List<List<String>> chain = List.of(List.of(o.path("chainName").asText(), o.path("timeZone").asText(),
                period(o.path("repeatWindow").asText(), m)));
        return List.of(
                new Table("chain", m.config_chain(), List.of(m.col_name(), m.col_time_zone(), m.col_repeat_window()),
                        chain),
                new Table("regions", m.config_regions(), List.of(m.col_id(), m.col_name()), regions),
                new Table("sites", m.config_sites(), List.of(m.col_id(), m.col_name(), m.col_type(), m.col_region(),
                        m.col_time_zone(), m.col_working_days(), m.col_holidays()), sites));
    }

    static List<Table> routing(JsonNode rules, AdminMessages m) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode r : rules) {
            rows.add(List.of(r.path("eventType").asText(), r.path("minSeverity").asText(m.any()),
                    r.hasNonNull("severity") ? r.path("severity").asText() : "—",
                    r.path("sites").isEmpty() ? m.any() : join(r.path("sites")),
                    join(r.path("recipients")), join(r.path("channels"))));
        }
        return List.of(new Table("routing-rules", m.config_routing(), List.of(m.col_event_type(),
                m.col_min_severity(), m.col_severity(), m.col_sites(), m.col_recipients(), m.col_channels()), rows));
    }

    static List<Table> escalation(JsonNode policies, AdminMessages m) {
        List<Table> tables = new ArrayList<>();
        for (JsonNode p : policies) {
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode level : p.path("levels")) {
                rows.add(List.of(level.path("level").asText(), join(level.path("who")),
                        duration(level.path("acknowledgeWithin").asText(), m)));
            }
            String name = p.path("name").asText();
            tables.add(new Table("policy-" + name, m.policy_caption(name, p.path("minSeverity").asText(),
                    p.path("eventTypes").isEmpty() ? m.any() : join(p.path("eventTypes")),
                    p.path("repeat").asText()), List.of(m.col_level(), m.col_who(), m.col_acknowledge_within()), rows));
        }
        return tables;
    }

    static List<Table> ladder(JsonNode l, AdminMessages m) {
        List<List<String>> steps = new ArrayList<>();
        for (JsonNode s : l.path("steps")) {
            String step = switch (s.path("step").asText()) {
                case "first" -> m.step_first();
                case "repeat" -> m.step_repeat();
                case "further" -> m.step_further();
                case "critical" -> m.step_critical();
                default -> s.path("step").asText();
            };
            steps.add(List.of(step, period(s.path("ban").asText(), m)));
        }
        List<List<String>> rules = List.of(
                List.of(m.ladder_window(), period(l.path("repeatWindow").asText(), m)),
                List.of(m.ladder_warning(), l.path("warningForLowFirstOffence").asBoolean() ? m.yes() : m.no()),
                List.of(m.ladder_critical_types(), join(l.path("criticalTypes"))),
                List.of(m.ladder_contact_channels(), join(l.path("contactBanChannels"))),
                List.of(m.ladder_contact_alternative(), l.path("contactBanAlternative").asText("")));
        return List.of(new Table("ladder-steps", m.config_ladder(), List.of(m.col_step(), m.col_ban()), steps),
                new Table("ladder-rules", m.ladder_rules(), List.of(m.col_setting(), m.col_value()), rules));
    }

    static List<Table> detection(JsonNode d, AdminMessages m) {
        List<List<String>> rules = new ArrayList<>();
        for (JsonNode r : d.path("rules")) {
            boolean language = r.path("languageRule").asBoolean();
            List<String> phrases = new ArrayList<>();
            r.path("phrases").fields().forEachRemaining(e -> phrases.add(e.getKey() + " " + e.getValue().asText()));
            rules.add(List.of(r.path("rule").asText(), language ? r.path("threshold").asText() : "—",
                    join(r.path("incidentTypes")), language ? String.join(", ", phrases) : "—"));
        }
        JsonNode p = d.path("crossSitePattern");
        List<List<String>> settings = List.of(
                List.of(m.detection_language_threshold(), d.path("languageThreshold").asText()),
                List.of(m.detection_max_call(), duration(d.path("maxCallLength").asText(), m)),
                List.of(m.detection_repeated_calls(), m.detection_repeated_calls_value(
                        d.path("repeatedCalls").asText(), duration(d.path("repeatedCallsWindow").asText(), m))),
                List.of(m.detection_pattern(), m.detection_pattern_value(p.path("reports").asText(),
                        p.path("sites").asText(), duration(p.path("window").asText(), m))));
        return List.of(new Table("detection-rules", m.config_detection(), List.of(m.col_rule(), m.col_threshold(),
                        m.col_incident_types(), m.col_phrases()), rules),
                new Table("detection-settings", m.detection_settings(), List.of(m.col_setting(), m.col_value()),
                        settings));
    }

    /** An ISO-8601 duration in the reader's words: "5 min", "24 h", "30 days"; as given when it is not one. */
    static String duration(String iso, AdminMessages m) {
        try {
            Duration d = Duration.parse(iso);
            if (d.toSeconds() % 86_400 == 0 && d.toDays() > 1) {
                return m.unit_days(String.valueOf(d.toDays()));
            }
            if (d.toSeconds() % 3600 == 0) {
                return m.unit_hours(String.valueOf(d.toHours()));
            }
            if (d.toSeconds() % 60 == 0) {
                return m.unit_minutes(String.valueOf(d.toMinutes()));
            }
            return m.unit_seconds(String.valueOf(d.toSeconds()));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** An ISO-8601 period in the reader's words: "1 month", "12 months"; as given otherwise. */
    static String period(String iso, AdminMessages m) {
        try {
            Period p = Period.parse(iso);
            if (p.getDays() == 0 && p.getYears() == 0) {
                return p.getMonths() == 1 ? m.unit_one_month() : m.unit_months(String.valueOf(p.getMonths()));
            }
            if (p.getDays() == 0 && p.getMonths() == 0) {
                return m.unit_months(String.valueOf(p.getYears() * 12));
            }
            return iso;
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static String join(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return String.join(", ", values);
    }
}
