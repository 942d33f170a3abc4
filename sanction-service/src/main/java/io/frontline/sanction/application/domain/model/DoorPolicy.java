package io.frontline.sanction.application.domain.model;

import java.time.Period;
import java.util.Objects;
import java.util.Set;

/**
 * The door list's settings: how long photos and descriptions stay after the measure ended ({@code retention},
 * none by default: issue 20), the largest photo and the image types taken, and how long a watch flag lasts unless
 * its end is given (three months).
 */
public record DoorPolicy(Period retention, long maxPhotoBytes, Set<String> photoTypes, Period flagDuration) {
    public static final DoorPolicy DEFAULT = new DoorPolicy(Period.ZERO, 5L * 1024 * 1024,
            Set.of("image/jpeg", "image/png"), Period.ofMonths(3));

    public DoorPolicy {
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(flagDuration, "flagDuration");
        photoTypes = Set.copyOf(photoTypes);
        if (retention.isNegative()) {
            throw new IllegalArgumentException("retention must not be negative");
        }
    }
}
