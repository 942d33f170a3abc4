package io.frontline.prevention.application.domain.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share in percent with one decimal, rounded half up; 0 of 0 is 0 (nothing to measure is not a gap filled). */
public final class Percent {
    private Percent() {
    }

    public static double of(long part, long whole) {
        if (whole == 0) {
            return 0.0;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).doubleValue();
    }
}
