package io.frontline.incident.application.domain.model;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Safety analytics over the incidents reported in a period (seed 000: record what happens and review the approach
 * regularly): how many were reported, confirmed and unfounded; how fast they were triaged and decided; whether the
 * facts were established with a statement of someone not involved; whether the victim's care came on time; police
 * reports recommended against filed; repeat subjects as counts only; and the live detector's confirm rate per rule,
 * its precision as people judged it. The period's incidents are those <em>reported</em> in it; weeks run Monday to
 * Sunday in the chain's zone, the heat map's weekday and hour are those of the time it <em>happened</em>, in the
 * site's own zone.
 */
public final class IncidentStatistics {
    /** The longest period one report covers: two years of days. */
    public static final int MAX_DAYS = 731;

    private IncidentStatistics() {
    }

    /** What the analysis needs of one incident; the subject key is only counted, never handed out. */
    public record IncidentFacts(String siteId, Set<IncidentType> types, Severity severity, IncidentSource source,
                                Instant occurredAt, Instant reportedAt, Instant triagedAt, Instant decidedAt,
                                IncidentStatus outcome, boolean independentStatement, boolean policeReportFiled,
                                String subjectKey) {
        /** Seed 001: aggression and threats can be reported to the police; recommended for those. */
        public boolean policeReportRecommended() {
            return types.contains(IncidentType.PHYSICAL_VIOLENCE) || types.contains(IncidentType.THREAT);
        }
    }

    /** One care task of an incident reported in the period. */
    public record CareFacts(Instant dueAt, CareTaskStatus status, Instant completedAt) {
    }

    /** One suggestion of live detection made in the period, with the rules that fired and the call's language. */
    public record DetectionFacts(Set<LiveRule> rules, SuggestedIncidentStatus status, String language) {
        public DetectionFacts(Set<LiveRule> rules, SuggestedIncidentStatus status) {
            this(rules, status, null);
        }
    }

    /** The language of a suggestion whose call carried none (or made before the language was kept). */
    public static final String UNKNOWN_LANGUAGE = "unknown";

    public enum GroupBy { SITE, REGION, WEEK, TYPE, SEVERITY, SOURCE }

    /** Hours from the report to a step: how many incidents took it, the median and the 90th percentile. */
    public record Hours(long count, Double median, Double p90) {
    }

    public record CareOnTime(long tasks, long doneOnTime, long doneLate, long overdue, long skipped, Double shareOnTime) {
    }

    public record Police(long recommended, long filed, long filedOfRecommended) {
    }

    public record Headline(long reported, long confirmed, long unfounded, long withIndependentStatement,
                           Double shareWithIndependentStatement, Hours reportToTriage, Hours reportToDecision,
                           CareOnTime careTasks, Police policeReports, long repeatSubjects,
                           long incidentsOfRepeatSubjects, long subjectsSeenAtSeveralSites) {
    }

    public record Group(String key, long reported, long confirmed, long unfounded) {
    }

    public record WeekBySeverity(LocalDate weekStarting, long low, long medium, long high, long critical, long total) {
    }

    /** Incidents at a site that happened on an ISO weekday (1 Monday … 7 Sunday) in an hour (0–23) of its zone. */
    public record HeatCell(String site, int weekday, int hour, long count) {
    }

    public record DetectionRate(String rule, long suggestions, long confirmed, long dismissed, long open,
                                Double confirmRate) {
    }

    /** The detector's figures of one rule in the calls of one language (nl, en, ja or unknown). */
    public record LanguageDetectionRate(String rule, String language, long suggestions, long confirmed,
                                        long dismissed, long open, Double confirmRate) {
    }

    public record Report(Headline headline, List<Group> groups, List<WeekBySeverity> weeklyBySeverity,
                         List<HeatCell> heatMap, List<DetectionRate> detection,
                         List<LanguageDetectionRate> detectionByLanguage) {
    }

    /** The organisation as far as grouping needs it. */
    public interface Places {
        String regionOf(String siteId);

        ZoneId zoneOf(String siteId);

        ZoneId chainZone();
    }

    public static Report of(List<IncidentFacts> incidents, List<CareFacts> care, List<DetectionFacts> detection,
                            GroupBy groupBy, Places places, Instant now) {
        return new Report(headline(incidents, care, now), groups(incidents, groupBy, places),
                weeks(incidents, places.chainZone()), heatMap(incidents, places), detection(detection),
                detectionByLanguage(detection));
    }

    static Headline headline(List<IncidentFacts> incidents, List<CareFacts> care, Instant now) {
        long confirmed = incidents.stream().filter(i -> i.outcome() == IncidentStatus.CONFIRMED).count();
        long unfounded = incidents.stream().filter(i -> i.outcome() == IncidentStatus.UNFOUNDED).count();
        long uninvolved = incidents.stream().filter(IncidentFacts::independentStatement).count();
        Hours triage = hours(incidents.stream().filter(i -> i.triagedAt() != null)
                .map(i -> Duration.between(i.reportedAt(), i.triagedAt())).toList());
        Hours decision = hours(incidents.stream().filter(i -> i.decidedAt() != null)
                .map(i -> Duration.between(i.reportedAt(), i.decidedAt())).toList());
        long recommended = incidents.stream().filter(IncidentFacts::policeReportRecommended).count();
        long filed = incidents.stream().filter(IncidentFacts::policeReportFiled).count();
        long filedOfRecommended = incidents.stream()
                .filter(i -> i.policeReportRecommended() && i.policeReportFiled()).count();
        Map<String, List<IncidentFacts>> bySubject = incidents.stream().filter(i -> i.subjectKey() != null)
                .collect(Collectors.groupingBy(IncidentFacts::subjectKey));
        long repeatSubjects = bySubject.values().stream().filter(l -> l.size() >= 2).count();
        long ofRepeat = bySubject.values().stream().filter(l -> l.size() >= 2).mapToLong(List::size).sum();
        long severalSites = bySubject.values().stream()
                .filter(l -> l.stream().map(IncidentFacts::siteId).distinct().count() >= 2).count();
        return new Headline(incidents.size(), confirmed, unfounded, uninvolved,
                incidents.isEmpty() ? null : (double) uninvolved / incidents.size(), triage, decision,
                careOnTime(care, now), new Police(recommended, filed, filedOfRecommended), repeatSubjects, ofRepeat,
                severalSites);
    }

    /** A task is on time when done by its due time; an open task past due counts as late already. */
    static CareOnTime careOnTime(List<CareFacts> care, Instant now) {
        long onTime = 0;
        long late = 0;
        long overdue = 0;
        long skipped = 0;
        for (CareFacts task : care) {
            switch (task.status()) {
                case DONE -> {
                    if (task.completedAt() != null && !task.completedAt().isAfter(task.dueAt())) {
                        onTime++;
                    } else {
                        late++;
                    }
                }
                case SKIPPED -> skipped++;
                default -> {
                    if (task.dueAt().isBefore(now)) {
                        overdue++;
                    }
                }
            }
        }
        long judged = onTime + late + overdue;
        return new CareOnTime(care.size(), onTime, late, overdue, skipped, judged == 0 ? null : (double) onTime / judged);
    }

    static Hours hours(List<Duration> durations) {
        List<Double> sorted = durations.stream().map(d -> d.toSeconds() / 3600.0).sorted().toList();
        return new Hours(sorted.size(), round(median(sorted)), round(percentile(sorted, 90)));
    }

    /** The middle value, or the mean of the two middle values. */
    static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Nearest rank: the smallest value with at least {@code p} percent of the values at or below it. */
    static Double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private static Double round(Double hours) {
        return hours == null ? null : Math.round(hours * 100) / 100.0;
    }

    static List<Group> groups(List<IncidentFacts> incidents, GroupBy groupBy, Places places) {
        Map<String, long[]> counts = new TreeMap<>();
        for (IncidentFacts i : incidents) {
            for (String key : keys(i, groupBy, places)) {
                long[] c = counts.computeIfAbsent(key, k -> new long[3]);
                c[0]++;
                if (i.outcome() == IncidentStatus.CONFIRMED) {
                    c[1]++;
                } else if (i.outcome() == IncidentStatus.UNFOUNDED) {
                    c[2]++;
                }
            }
        }
        List<Group> groups = new ArrayList<>();
        counts.forEach((k, c) -> groups.add(new Group(k, c[0], c[1], c[2])));
        return groups;
    }

    /** An incident of several types counts once in each of its types. */
    private static List<String> keys(IncidentFacts i, GroupBy groupBy, Places places) {
        return switch (groupBy) {
            case SITE -> List.of(i.siteId());
            case REGION -> List.of(String.valueOf(places.regionOf(i.siteId())));
            case WEEK -> List.of(weekOf(i.reportedAt(), places.chainZone()).toString());
            case TYPE -> i.types().stream().map(t -> wire(t.name())).sorted().toList();
            case SEVERITY -> List.of(wire(i.severity().name()));
            case SOURCE -> List.of(wire(i.source().name()));
        };
    }

    public static LocalDate weekOf(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static List<WeekBySeverity> weeks(List<IncidentFacts> incidents, ZoneId zone) {
        Map<LocalDate, Map<Severity, Long>> weeks = new TreeMap<>();
        for (IncidentFacts i : incidents) {
            weeks.computeIfAbsent(weekOf(i.reportedAt(), zone), w -> new EnumMap<>(Severity.class))
                    .merge(i.severity(), 1L, Long::sum);
        }
        List<WeekBySeverity> out = new ArrayList<>();
        weeks.forEach((week, s) -> out.add(new WeekBySeverity(week, s.getOrDefault(Severity.LOW, 0L),
                s.getOrDefault(Severity.MEDIUM, 0L), s.getOrDefault(Severity.HIGH, 0L),
                s.getOrDefault(Severity.CRITICAL, 0L), s.values().stream().mapToLong(Long::longValue).sum())));
        return out;
    }

    static List<HeatCell> heatMap(List<IncidentFacts> incidents, Places places) {
        Map<String, Long> cells = new HashMap<>();
        for (IncidentFacts i : incidents) {
            ZonedDateTime local = i.occurredAt().atZone(places.zoneOf(i.siteId()));
            cells.merge(i.siteId() + "|" + local.getDayOfWeek().getValue() + "|" + local.getHour(), 1L, Long::sum);
        }
        return cells.entrySet().stream().map(e -> {
            String[] k = e.getKey().split("\\|");
            return new HeatCell(k[0], Integer.parseInt(k[1]), Integer.parseInt(k[2]), e.getValue());
        }).sorted(Comparator.comparing(HeatCell::site).thenComparingInt(HeatCell::weekday)
                .thenComparingInt(HeatCell::hour)).toList();
    }

    static List<DetectionRate> detection(List<DetectionFacts> suggestions) {
        Map<LiveRule, long[]> counts = new EnumMap<>(LiveRule.class);
        for (DetectionFacts s : suggestions) {
            for (LiveRule rule : s.rules()) {
                long[] c = counts.computeIfAbsent(rule, r -> new long[4]);
                c[0]++;
                c[1 + s.status().ordinal()]++;
            }
        }
        List<DetectionRate> out = new ArrayList<>();
        counts.forEach((rule, c) -> {
            long judged = c[2] + c[3];
            out.add(new DetectionRate(rule.wireName(), c[0], c[2], c[3], c[1], judged == 0 ? null
                    : Math.round((double) c[2] / judged * 1000) / 1000.0));
        });
        return out;
    }

    /** Per rule (in the rules' order) and language (alphabetical, unknown last): the same counts as per rule. */
    static List<LanguageDetectionRate> detectionByLanguage(List<DetectionFacts> suggestions) {
        Map<LiveRule, Map<String, long[]>> counts = new EnumMap<>(LiveRule.class);
        for (DetectionFacts s : suggestions) {
            String language = s.language() == null ? UNKNOWN_LANGUAGE : s.language();
            for (LiveRule rule : s.rules()) {
                long[] c = counts.computeIfAbsent(rule, r -> new TreeMap<>(Comparator
                                .comparing((String l) -> l.equals(UNKNOWN_LANGUAGE)).thenComparing(l -> l)))
                        .computeIfAbsent(language, l -> new long[4]);
                c[0]++;
                c[1 + s.status().ordinal()]++;
            }
        }
        List<LanguageDetectionRate> out = new ArrayList<>();
        counts.forEach((rule, byLanguage) -> byLanguage.forEach((language, c) -> {
            long judged = c[2] + c[3];
            out.add(new LanguageDetectionRate(rule.wireName(), language, c[0], c[2], c[3], c[1], judged == 0 ? null
                    : Math.round((double) c[2] / judged * 1000) / 1000.0));
        }));
        return out;
    }

    static String wire(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
