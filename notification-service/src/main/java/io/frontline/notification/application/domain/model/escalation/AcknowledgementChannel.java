package io.frontline.notification.application.domain.model.escalation;

import java.util.Locale;

/** How an escalation was acknowledged: over the API with a token, or with the signed one-click link. */
public enum AcknowledgementChannel {
    API, LINK;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
