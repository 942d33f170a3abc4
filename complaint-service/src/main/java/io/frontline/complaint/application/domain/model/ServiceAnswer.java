package io.frontline.complaint.application.domain.model;

import io.frontline.platform.domain.SubjectData;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One service's part of a customer's request: its status, a note in words (why it was not asked, or what went
 * wrong), and for an export what it holds, for an erasure what it erased and what it kept under a legal hold (the
 * others null).
 */
public record ServiceAnswer(String service, ServiceStatus status, String note, List<SubjectData.Held> held,
                            List<SubjectData.Erased> erased, List<SubjectData.Kept> kept) {

    public static ServiceAnswer unreachable(String service, String note) {
        return new ServiceAnswer(service, ServiceStatus.UNREACHABLE, note, null, null, null);
    }

    public static ServiceAnswer notAsked(String service, String note) {
        return new ServiceAnswer(service, ServiceStatus.NOT_ASKED, note, null, null, null);
    }

    /**
     * A service's answers for several subject keys (e-mail, phone, card) as one: the items of a kind together, the
     * counts of a kind added up, every record kept.
     */
    public static ServiceAnswer answered(String service, SubjectRequestAction action, List<SubjectData.Held> held,
                                         List<SubjectData.Erased> erased, List<SubjectData.Kept> kept) {
        if (action == SubjectRequestAction.EXPORT) {
            Map<String, List<Object>> byKind = new LinkedHashMap<>();
            held.forEach(h -> byKind.computeIfAbsent(h.kind(), k -> new ArrayList<>()).addAll(h.items()));
            return new ServiceAnswer(service, ServiceStatus.ANSWERED, null,
                    byKind.entrySet().stream().map(e -> new SubjectData.Held(e.getKey(), e.getValue())).toList(),
                    null, null);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        erased.forEach(e -> counts.merge(e.kind(), e.count(), Integer::sum));
        return new ServiceAnswer(service, ServiceStatus.ANSWERED, null, null,
                counts.entrySet().stream().map(e -> new SubjectData.Erased(e.getKey(), e.getValue())).toList(),
                List.copyOf(kept));
    }

    /** Items held (export), or records erased (erasure). */
    public int count() {
        if (held != null) {
            return held.stream().mapToInt(h -> h.items().size()).sum();
        }
        return erased == null ? 0 : erased.stream().mapToInt(SubjectData.Erased::count).sum();
    }

    /** Records kept under a legal hold (erasure). */
    public int keptCount() {
        return kept == null ? 0 : kept.size();
    }
}
