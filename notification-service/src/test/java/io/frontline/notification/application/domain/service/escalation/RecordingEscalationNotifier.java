package io.frontline.notification.application.domain.service.escalation;

import io.frontline.notification.application.domain.model.EscalationLevelNotice;
import io.frontline.notification.application.domain.service.EscalationNotifier;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Lets this module's tests see every escalation level notice — who was told, when, and with which link — while
 * the notice still goes to whichever {@link EscalationNotifier} the application has (it decorates our own port;
 * it replaces nothing).
 */
@Decorator
@Priority(1)
public abstract class RecordingEscalationNotifier implements EscalationNotifier {
    private static final List<EscalationLevelNotice> NOTICES = new CopyOnWriteArrayList<>();

    @Inject
    @Delegate
    EscalationNotifier delegate;

    @Override
    public void notifyLevel(EscalationLevelNotice notice) {
        NOTICES.add(notice);
        delegate.notifyLevel(notice);
    }

    /** The notices of the event's escalation, in the order they were told. */
    public static List<EscalationLevelNotice> forEvent(UUID eventId) {
        return NOTICES.stream().filter(n -> n.event().eventId().equals(eventId)).toList();
    }
}
