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
 * that recur at each site. In the shape of the safety figures (issue 14): received, resolved, resolved within
 * term, overdue now, and the median and p90 of the days to resolution, in total and per group (site, region,
 * week, category or channel).
 */
public final class ComplaintStatistics {
    /** A category recurs at a site when it was complained about at least this often in the period. */
    public static final int RECURRING = 2;
    private static final int TOP = 3;
    /** The longest period one question covers, in days (two years and a leap day). */
    public static final int MAX_DAYS = 731;

    /** What the analysis needs of one complaint. */
    public record Facts(String siteId, Channel channel, Category category, Instant receivedAt, ComplaintStatus status,
                        Instant closedAt, Boolean closedWithinTerm, Instant dueAt, Instant termPausedSince) {
        /** Open past its due moment while its clock runs (a term waiting for the complainant stands still). */
        boolean overdueAt(Instant now) {
            return closedAt == null && termPausedSince == null && dueAt != null && !dueAt.isAfter(now);
        }

        boolean resolved() {
            return status == ComplaintStatus.RESOLVED;
        }
    }

    public enum GroupBy {
        CATEGORY, SITE, REGION, WEEK, CHANNEL
    }

    /** Where a site lies and the chain's calendar: what grouping by region and week needs. */
    public record Places(Function<String, String> regionOf, ZoneId chainZone) {
    }

    /** Days from receipt to the answer of the resolved complaints: median (even count: mean of the middle two), p90 by nearest rank. */
    public record Days(long count, Double median, Double p90) {
    }

    /**
     * One group. {@code count} = {@code received}; {@code withinTerm} counts resolved complaints answered within
     * their term; {@code overdue} the open ones past their due moment now.
     */
    public record Group(String key, long count, long received, long resolved, long withinTerm, long overdue,
                        Double medianHoursToResolution, Double shareResolvedWithinTerm,
                        Double medianDaysToResolution, Double p90DaysToResolution) {
    }

    public record Week(LocalDate weekStarting, long count) {
    }

    public record Recurring(String category, long count) {
    }

    public record Report(long total, long received, long resolved, long withinTerm, long overdue,
                         Days daysToResolution, Double medianHoursToResolution, Double shareResolvedWithinTerm,
                         List<Group> groups, List<Week> trend, Map<String, List<Recurring>> recurringPerSite) {
    }

    private ComplaintStatistics() {
    }

    public static Report of(List<Facts> facts, GroupBy groupBy, Places places, Instant now) {
        ZoneId zone = places.chainZone();
        Function<Facts, String> key = groupKey(groupBy, places);
        Map<String, List<Facts>> grouped = facts.stream()
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        List<Group> groups = new ArrayList<>();
        grouped.forEach((k, members) -> groups.add(group(k, members, now)));
        Group all = group("all", facts, now);

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
        List<Double> days = days(facts);
        return new Report(all.count(), all.received(), all.resolved(), all.withinTerm(), all.overdue(),
                new Days(days.size(), median(days), p90(days)), all.medianHoursToResolution(),
                all.shareResolvedWithinTerm(), groups, trend, new LinkedHashMap<>(recurring));
    }

    private static Group group(String key, List<Facts> members, Instant now) {
        List<Facts> resolved = members.stream().filter(Facts::resolved).toList();
        List<Double> hours = resolved.stream()
                .map(f -> Duration.between(f.receivedAt(), f.closedAt()).toMinutes() / 60.0)
                .sorted(Comparator.naturalOrder()).toList();
        long withinTerm = resolved.stream().filter(f -> Boolean.TRUE.equals(f.closedWithinTerm())).count();
        Double share = resolved.isEmpty() ? null : (double) withinTerm / resolved.size();
        long overdue = members.stream().filter(f -> f.overdueAt(now)).count();
        List<Double> days = days(members);
        return new Group(key, members.size(), members.size(), resolved.size(), withinTerm, overdue, median(hours),
                share, median(days), p90(days));
    }

    /** Days from receipt to the answer of the resolved complaints, sorted. */
    private static List<Double> days(List<Facts> members) {
        return members.stream().filter(Facts::resolved)
                .map(f -> Duration.between(f.receivedAt(), f.closedAt()).toMinutes() / (60.0 * 24))
                .sorted(Comparator.naturalOrder()).toList();
    }

    /** The 90th percentile by nearest rank: the value at rank ceil(0.9 n). */
    static Double p90(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(0.9 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static Function<Facts, String> groupKey(GroupBy groupBy, Places places) {
        return switch (groupBy) {
            case SITE -> Facts::siteId;
            case REGION -> f -> places.regionOf().apply(f.siteId());
            case WEEK -> f -> f.receivedAt().atZone(places.chainZone()).toLocalDate()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
            case CHANNEL -> f -> wire(f.channel().name());
            case CATEGORY -> f -> wire(f.category().name());
        };
    }

    private static String wire(String name) {
        return Complaint.wire(name);
    }
}
