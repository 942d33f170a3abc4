package io.frontline.notification.application.domain.model.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How escalations went in a period (DESIGN.md, "Escalation policies like an on-call tool"): started, acknowledged,
 * exhausted and still open, and the minutes from the start to the acknowledgement — median and 90th percentile — per
 * policy and per level at which someone took it. The period's escalations are those <em>started</em> in it.
 */
public final class EscalationStatistics {
    private EscalationStatistics() {
    }

    /** What the figures need of one escalation. */
    public record Facts(String policy, int level, EscalationStatus status, Instant startedAt, Instant acknowledgedAt) {
    }

    /** Minutes to acknowledge: how many were acknowledged, the median and the 90th percentile (nearest rank). */
    public record Minutes(long count, Double median, Double p90) {
    }

    public record Group(String key, long started, long acknowledged, long exhausted, long open, Minutes toAcknowledge) {
    }

    public record Report(Group total, List<Group> byPolicy, List<Group> byLevel) {
    }

    public static Report of(List<Facts> facts) {
        return new Report(group("all", facts), groups(facts, Facts::policy),
                groups(facts, f -> Integer.toString(f.level())));
    }

    private static List<Group> groups(List<Facts> facts, Function<Facts, String> key) {
        Map<String, List<Facts>> grouped = facts.stream()
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        List<Group> groups = new ArrayList<>();
        grouped.forEach((k, members) -> groups.add(group(k, members)));
        return groups;
    }

    static Group group(String key, List<Facts> members) {
        List<Double> minutes = members.stream()
                .filter(f -> f.status() == EscalationStatus.ACKNOWLEDGED && f.acknowledgedAt() != null)
                .map(f -> Duration.between(f.startedAt(), f.acknowledgedAt()).toSeconds() / 60.0).sorted().toList();
        return new Group(key, members.size(), count(members, EscalationStatus.ACKNOWLEDGED),
                count(members, EscalationStatus.EXHAUSTED), count(members, EscalationStatus.OPEN),
                new Minutes(minutes.size(), round(median(minutes)), round(percentile(minutes, 90))));
    }

    private static long count(List<Facts> members, EscalationStatus status) {
        return members.stream().filter(f -> f.status() == status).count();
    }

    static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static Double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }
}
