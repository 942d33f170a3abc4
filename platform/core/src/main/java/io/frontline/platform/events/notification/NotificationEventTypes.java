package io.frontline.platform.events.notification;

import java.util.List;

/** Event types notification-service publishes on {@code notifications.events}. */
public final class NotificationEventTypes {
    public static final String DELIVERY_FAILED_V1 = "frontline.notification.delivery-failed.v1";

    public static final List<String> ALL = List.of(DELIVERY_FAILED_V1);

    private NotificationEventTypes() {
    }
}
