package io.frontline.notification.application.port.in.escalation;

/** A one-click link that cannot acknowledge anything; nothing changed. */
public class AcknowledgementLinkRefused extends RuntimeException {
    /** Why: the signature does not hold (forged or altered), the link expired, or it was used already. */
    public enum Reason {
        INVALID, EXPIRED, USED
    }

    private final Reason reason;

    public AcknowledgementLinkRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
