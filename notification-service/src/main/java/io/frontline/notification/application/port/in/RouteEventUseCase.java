package io.frontline.notification.application.port.in;

/**
 * Routes an event by the routing rules to its recipients and channels: writes the in-app entries and the
 * delivery records in the caller's transaction; e-mails and webhooks go out after commit. An event an
 * escalation policy takes over reaches its first responsible people through the escalation instead.
 */
public interface RouteEventUseCase {
    void route(RouteEventCommand command);
}
