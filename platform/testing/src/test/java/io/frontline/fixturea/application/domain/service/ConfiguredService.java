package io.frontline.fixturea.application.domain.service;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Violates: a use case reads its configuration itself instead of being handed the value. */
public class ConfiguredService {
    @ConfigProperty(name = "fixture.limit")
    int limit;
}
