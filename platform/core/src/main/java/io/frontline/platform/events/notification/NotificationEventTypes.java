package io.frontline.platform.events.notification;

import java.util.List;

/** Event types notification-service publishes on {@code notifications.events}. */
public final class NotificationEventTypes {
    public static final List<String> ALL = List.of();

    private NotificationEventTypes() {
    }
}
