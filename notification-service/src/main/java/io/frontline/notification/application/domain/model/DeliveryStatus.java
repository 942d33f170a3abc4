package io.frontline.notification.application.domain.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a delivery stands: waiting to be sent, sent, retrying after a failed attempt, failed for good,
 * suppressed (nothing to send to, e.g. an erased complainant), or held for the recipient's next digest.
 */
public enum DeliveryStatus {
    PENDING, SENT, FAILED, RETRYING, SUPPRESSED, HELD;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DeliveryStatus> fromCode(String code) {
        for (DeliveryStatus status : values()) {
            if (status.code().equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
