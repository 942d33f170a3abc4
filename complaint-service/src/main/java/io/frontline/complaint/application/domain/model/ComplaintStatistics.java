package io.frontline.complaint.application.domain.model;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Recurring-problem analysis (seed 002: complaints are feedback; find what keeps coming back): counts per
 * group, median time to resolution, the share answered within term, a week-by-week trend and the categories
 * that recur at each site.
 */
public final class ComplaintStatistics {
    /** A category recurs at a site when it was complained about at least this often in the period. */
    public static final int RECURRING = 2;
    private static final int TOP = 3;

    /** What the analysis needs of one complaint. */
    public record Facts(String siteId, Channel channel, Category category, Instant receivedAt, ComplaintStatus status,
                        Instant closedAt, Boolean closedWithinTerm) {
    }

    public enum GroupBy {
        CATEGORY, SITE, CHANNEL
    }

    public record Group(String key, long count, long resolved, Double medianHoursToResolution,
                        Double shareResolvedWithinTerm) {
    }

    public record Week(LocalDate weekStarting, long count) {
    }

    public record Recurring(String category, long count) {
    }

    public record Report(long total, Double medianHoursToResolution, Double shareResolvedWithinTerm,
                         List<Group> groups, List<Week> trend, Map<String, List<Recurring>> recurringPerSite) {
    }

    private ComplaintStatistics() {
    }

    public static Report of(List<Facts> facts, GroupBy groupBy, ZoneId zone) {
        Function<Facts, String> key = groupKey(groupBy);
        Map<String, List<Facts>> grouped = facts.stream()
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        List<Group> groups = new ArrayList<>();
        grouped.forEach((k, members) -> groups.add(group(k, members)));
        Group all = group("all", facts);

        Map<LocalDate, Long> weeks = facts.stream().collect(Collectors.groupingBy(
                f -> f.receivedAt().atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                TreeMap::new, Collectors.counting()));
        List<Week> trend = weeks.entrySet().stream().map(e -> new Week(e.getKey(), e.getValue())).toList();

        Map<String, List<Recurring>> recurring = new TreeMap<>();
        facts.stream().collect(Collectors.groupingBy(Facts::siteId, TreeMap::new, Collectors.toList()))
                .forEach((site, members) -> {
                    List<Recurring> top = members.stream()
                            .collect(Collectors.groupingBy(f -> wire(f.category().name()), Collectors.counting()))
                            .entrySet().stream().filter(e -> e.getValue() >= RECURRING)
                            .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                                    .thenComparing(Map.Entry.comparingByKey()))
                            .limit(TOP).map(e -> new Recurring(e.getKey(), e.getValue())).toList();
                    recurring.put(site, top);
                });
        return new Report(all.count(), all.medianHoursToResolution(), all.shareResolvedWithinTerm(), groups, trend,
                new LinkedHashMap<>(recurring));
    }

    private static Group group(String key, List<Facts> members) {
        List<Facts> resolved = members.stream().filter(f -> f.status() == ComplaintStatus.RESOLVED).toList();
        List<Double> hours = resolved.stream()
                .map(f -> Duration.between(f.receivedAt(), f.closedAt()).toMinutes() / 60.0)
                .sorted(Comparator.naturalOrder()).toList();
        Double share = resolved.isEmpty() ? null
                : (double) resolved.stream().filter(f -> Boolean.TRUE.equals(f.closedWithinTerm())).count()
                / resolved.size();
        return new Group(key, members.size(), resolved.size(), median(hours), share);
    }

    static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static Function<Facts, String> groupKey(GroupBy groupBy) {
        switch (groupBy) {
            case SITE:
                return Facts::siteId;
            case CHANNEL:
                return f -> wire(f.channel().name());
            default:
                return f -> wire(f.category().name());
        }
    }

    private static String wire(String name) {
        return Complaint.wire(name);
    }
}
