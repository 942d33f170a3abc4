package io.frontline.platform.testing.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Points a {@code @QuarkusTest} application's OIDC at the test Keycloak's frontline realm. */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.oidc.auth-server-url", KeycloakServer.shared().realmUrl());
    }

    @Override
    public void stop() {
        // Keycloak is shared by the JVM and stops with it
    }
}
