package io.frontline.localstack;

import io.frontline.platform.testing.infra.KeycloakServer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak with the demo realm, started as the tests start it but on a file database in the stack's folder:
 * the realm is imported on the first start only and survives restarts.
 */
final class KeycloakPart extends Part {
    private final PrintStream out;

    KeycloakPart(StackSettings settings, PrintStream out) {
        super(settings, "Keycloak", "keycloak", settings.externalKeycloak(), settings.keycloakUrl());
        this.out = out;
    }

    @Override
    List<Integer> ports() {
        return List.of(settings.port("keycloak"));
    }

    @Override
    List<String> command() {
        boolean[] unpacked = {false};
        Path home = KeycloakDistribution.install(settings.root().resolve("deploy/local/frontline-realm.json"),
                settings.home().resolve("keycloak-home"), unpacked);
        if (unpacked[0]) {
            out.println("      (Keycloak " + KeycloakDistribution.VERSION + " unpacked into " + home + ", once)");
        }
        Path data = settings.home().resolve("keycloak");
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return KeycloakServer.command(home, settings.port("keycloak"), List.of("--db=dev-file",
                "--db-url=jdbc:h2:file:" + data.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE"));
    }

    @Override
    Map<String, String> environment() {
        return KeycloakServer.environment(marker());
    }

    @Override
    boolean ready() {
        return httpOk(settings.realmUrl() + "/.well-known/openid-configuration");
    }

    @Override
    Duration timeout() {
        return Duration.ofSeconds(240);
    }
}
