package io.frontline.notification.application.domain.model.escalation;

import java.util.Locale;

/**
 * Where an escalation stands: open (waiting for an acknowledgement), acknowledged (somebody took it; no
 * further level is told), or exhausted (every level of every round was told and nobody acknowledged).
 */
public enum EscalationStatus {
    OPEN, ACKNOWLEDGED, EXHAUSTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
