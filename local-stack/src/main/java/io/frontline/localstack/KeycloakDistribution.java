package io.frontline.localstack;

import io.frontline.platform.testing.infra.KeycloakServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keycloak for the local stack: Maven Central's {@code keycloak-quarkus-dist} zip (the build puts it in
 * the local Maven repository), unpacked once into {@code ~/.cache/frontline/}. The stack has its own
 * copy, apart from the one the tests use, because Keycloak rebuilds itself when its database kind
 * changes (the stack keeps a file database, the tests an in-memory one).
 */
final class KeycloakDistribution {
    static final String VERSION = KeycloakServer.VERSION;

    private KeycloakDistribution() {
    }

    /**
     * A home of this stack's own ({@code ownHome}) on the unpacked distribution, with the demo realm in its import
     * folder (another stack started at the same time keeps its own). True in {@code unpacked} if it was unpacked now.
     */
    static Path install(Path realm, Path ownHome, boolean[] unpacked) {
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "frontline");
        Path home = cache.resolve("keycloak-" + VERSION + "-stack");
        try {
            Files.createDirectories(cache);
            try (FileChannel lockFile = FileChannel.open(cache.resolve("keycloak-stack.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockFile.lock()) {
                if (!Files.exists(home.resolve("bin/kc.sh"))) {
                    Path staging = Files.createTempDirectory(cache, "keycloak-unpack-");
                    KeycloakServer.unzip(KeycloakServer.distribution(), staging);
                    Files.move(staging.resolve("keycloak-" + VERSION), home);
                    Files.delete(staging);
                    unpacked[0] = true;
                }
            }
            try (InputStream in = Files.newInputStream(realm)) {
                return KeycloakServer.ownHome(home, in, ownHome);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not install Keycloak " + VERSION, e);
        }
    }
}
