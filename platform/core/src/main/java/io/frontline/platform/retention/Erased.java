package io.frontline.platform.retention;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** How many records of each kind one retention run erased, in the order of the kinds. */
public record Erased(Map<String, Integer> counts) {
    public Erased {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The count of one kind (0 when the run does not know it). */
    public int count(String kind) {
        return counts.getOrDefault(kind, 0);
    }

    /** As the log line says it: {@code 3 measures, 0 incident records}. */
    @Override
    public String toString() {
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }
}
