package io.frontline.sanction.application.domain.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bans in force or to come, in memory, by subject key: the ban check's answer without a database
 * round trip. Lookups read an immutable array per subject; changes replace it atomically. A change to a
 * measure is applied only if it is not older than what the index holds. Whether a ban applies is decided
 * at check time against the clock, so an end takes effect at its exact minute whatever the index holds.
 */
public final class BanIndex {
    private static final BanEntry[] NONE = new BanEntry[0];
    private static final Comparator<BanEntry> LONGEST_FIRST = Comparator.comparing(BanEntry::until,
            Comparator.nullsFirst(Comparator.reverseOrder()));

    private final ConcurrentHashMap<String, BanEntry[]> bySubject = new ConcurrentHashMap<>();

    /** The ban that answers the query, the one that lasts longest if several do. */
    public Optional<BanEntry> find(BanQuery query) {
        BanEntry[] entries = bySubject.get(query.subject().value());
        if (entries == null) {
            return Optional.empty();
        }
        BanEntry found = null;
        for (BanEntry entry : entries) {
            if (entry.applies(query) && (found == null || LONGEST_FIRST.compare(entry, found) < 0)) {
                found = entry;
            }
        }
        return Optional.ofNullable(found);
    }

    /** One committed change of one measure: kept while decided, dropped once it no longer is. */
    public void apply(BanEntry change) {
        bySubject.compute(change.subjectKey(), (key, current) -> {
            Map<UUID, BanEntry> merged = toMap(current);
            BanEntry held = merged.get(change.measureId());
            if (held != null && held.version() > change.version()) {
                return current;
            }
            if (change.decided()) {
                merged.put(change.measureId(), change);
            } else {
                merged.remove(change.measureId());
            }
            return toArray(merged);
        });
    }

    /**
     * The state of one subject as the database holds it now: its decided bans replace what the index held,
     * except entries the index has in a newer version.
     */
    public void replaceSubject(String subjectKey, Collection<BanEntry> decided) {
        bySubject.compute(subjectKey, (key, current) -> {
            Map<UUID, BanEntry> fresh = new HashMap<>();
            decided.stream().filter(BanEntry::decided).forEach(e -> fresh.put(e.measureId(), e));
            for (BanEntry held : current == null ? NONE : current) {
                BanEntry loaded = fresh.get(held.measureId());
                if (loaded != null && held.version() > loaded.version()) {
                    fresh.put(held.measureId(), held);
                }
            }
            return toArray(fresh);
        });
    }

    /** Replaces everything with the database's decided bans (at start, or after losing change notices). */
    public void replaceAll(Collection<BanEntry> decided) {
        Map<String, List<BanEntry>> grouped = new HashMap<>();
        decided.stream().filter(BanEntry::decided)
                .forEach(e -> grouped.computeIfAbsent(e.subjectKey(), k -> new ArrayList<>()).add(e));
        bySubject.keySet().removeIf(key -> !grouped.containsKey(key));
        grouped.forEach(this::replaceSubject);
    }

    public int size() {
        return bySubject.values().stream().mapToInt(a -> a.length).sum();
    }

    private static Map<UUID, BanEntry> toMap(BanEntry[] entries) {
        Map<UUID, BanEntry> map = new HashMap<>();
        if (entries != null) {
            for (BanEntry e : entries) {
                map.put(e.measureId(), e);
            }
        }
        return map;
    }

    /** null removes the subject from the map (compute semantics). */
    private static BanEntry[] toArray(Map<UUID, BanEntry> entries) {
        return entries.isEmpty() ? null : entries.values().toArray(NONE);
    }
}
