package io.frontline.notification.application.domain.model.escalation;

import java.time.Duration;

/**
 * How one-click acknowledgement links are made: the secret they are signed with, how long one stays valid,
 * and the public address of the pages (the web) whose confirmation page they open.
 */
public record AcknowledgementLinks(String secret, Duration validity, String publicUrl) {
}
