package io.frontline.notification.application.domain.service.escalation;

import io.frontline.notification.application.domain.model.EscalationLevelNotice;
import io.frontline.notification.application.port.out.EscalationNotifier;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for our own {@link EscalationNotifier} port in this module's tests: keeps every level notice in
 * memory, so a test sees who was told, when, and with which link. (The delivering implementation lives in the
 * channels; this one wins in tests so that escalation tests read the notices directly.)
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RecordingEscalationNotifier implements EscalationNotifier {
    private final List<EscalationLevelNotice> notices = new CopyOnWriteArrayList<>();

    @Override
    public void notifyLevel(EscalationLevelNotice notice) {
        notices.add(notice);
    }

    /** The notices of the event's escalation, in the order they were told. */
    public List<EscalationLevelNotice> forEvent(UUID eventId) {
        return notices.stream().filter(n -> n.event().eventId().equals(eventId)).toList();
    }
}
