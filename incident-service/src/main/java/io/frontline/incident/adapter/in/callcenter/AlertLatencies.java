package io.frontline.incident.adapter.in.callcenter;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Microseconds from consuming a segment to its live alert being committed, per call; for operations. */
@ApplicationScoped
class AlertLatencies {
    private final ConcurrentHashMap<String, List<Long>> byCall = new ConcurrentHashMap<>();

    void record(String callId, long micros) {
        byCall.computeIfAbsent(callId, c -> new CopyOnWriteArrayList<>()).add(micros);
    }

    public List<Long> of(String callId) {
        return List.copyOf(byCall.getOrDefault(callId, List.of()));
    }
}
