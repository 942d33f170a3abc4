package io.frontline.prevention.application.domain.service;

import io.frontline.platform.domain.WireName;

/** Enum constants as the API writes them (BASIC_POLICY → basic-policy). */
final class WireNames {
    private WireNames() {
    }

    static String of(Enum<?> value) {
        return WireName.of(value);
    }
}
