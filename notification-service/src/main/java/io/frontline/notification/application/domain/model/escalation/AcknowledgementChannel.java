package io.frontline.notification.application.domain.model.escalation;

import java.util.Locale;

/**
 * How an escalation was acknowledged: over the API with a token, with the signed one-click link, or by acting
 * on what it is about (issue 15: confirming the suggestion, triaging the incident, handling the complaint).
 */
public enum AcknowledgementChannel {
    API, LINK, ACTION;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
