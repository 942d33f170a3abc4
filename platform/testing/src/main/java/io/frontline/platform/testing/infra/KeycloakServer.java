package io.frontline.platform.testing.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak for tests, with the {@code frontline} demo realm (deploy/local/frontline-realm.json)
 * imported: real signed tokens with the roles and site claims of the demo users.
 *
 * <p>The distribution is Maven Central's {@code org.keycloak:keycloak-quarkus-dist} zip, which the
 * build downloads into the local Maven repository; it is unpacked once into
 * {@code ~/.cache/frontline/} and reused (a second start takes about 15 s instead of 45 s).
 * {@code FRONTLINE_TEST_OIDC_URL} (the realm URL) points at a running Keycloak instead.
 */
public final class KeycloakServer {
    public static final String VERSION = "26.7.0";
    public static final String REALM = "frontline";
    private static KeycloakServer shared;

    private final String realmUrl;

    private KeycloakServer(String realmUrl) {
        this.realmUrl = realmUrl;
    }

    public static synchronized KeycloakServer shared() {
        if (shared == null) {
            String external = System.getenv("FRONTLINE_TEST_OIDC_URL");
            shared = external != null && !external.isBlank() ? new KeycloakServer(external) : start();
        }
        return shared;
    }

    /** The realm URL, which is the token issuer and the services' {@code quarkus.oidc.auth-server-url}. */
    public String realmUrl() {
        return realmUrl;
    }

    public String tokenEndpoint() {
        return realmUrl + "/protocol/openid-connect/token";
    }

    private static KeycloakServer start() {
        Path logDir = Path.of("target", "keycloak-" + ProcessHandle.current().pid()).toAbsolutePath();
        Path home;
        try (InputStream realm = resource("frontline/local/frontline-realm.json")) {
            home = ownHome(install(), realm, logDir.resolve("home"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare Keycloak's home", e);
        }
        int port = FreePort.find();
        String realmUrl = "http://localhost:" + port + "/realms/" + REALM;
        ManagedProcess process = new ManagedProcess("keycloak", command(home, port, List.of("--db=dev-mem")),
                environment(""), logDir.resolve("keycloak.log"));
        // A busy machine (two modules built at a time, each starting servers) can take minutes: wait rather than fail.
        process.start().awaitReady(Duration.ofSeconds(360),
                () -> ManagedProcess.httpOk(realmUrl + "/.well-known/openid-configuration"));
        return new KeycloakServer(realmUrl);
    }

    /**
     * Keycloak in development mode on a port, importing the realm of its import folder, with one local cache
     * and without its own health and metrics endpoints — for the tests (a database in memory) and the local
     * stack (a file database) alike.
     */
    public static List<String> command(Path home, int port, List<String> database) {
        List<String> command = new java.util.ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--import-realm"));
        command.addAll(database);
        command.addAll(List.of("--cache=local", "--health-enabled=false", "--metrics-enabled=false"));
        return command;
    }

    /** Keycloak's environment: a bounded heap, a quick start, the bootstrap administrator (admin / admin). */
    public static Map<String, String> environment(String moreJavaOptions) {
        return Map.of("JAVA_OPTS_APPEND", ("-Xms256m -Xmx768m -XX:TieredStopAtLevel=1 " + moreJavaOptions).trim(),
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
    }

    /**
     * A Keycloak home of its own ({@code home}) on an unpacked distribution: the start script copied, {@code lib},
     * {@code conf}, {@code providers} and {@code themes} linked, and a {@code data} folder whose import folder holds only
     * {@code realm}. Keycloak imports what lies in {@code <home>/data/import} when it starts; with one shared folder,
     * test runs of different versions of the realm at the same time imported each other's.
     */
    public static Path ownHome(Path distribution, InputStream realm, Path home) throws IOException {
        Path script = Files.createDirectories(home.resolve("bin")).resolve("kc.sh");
        Files.copy(distribution.resolve("bin/kc.sh"), script, StandardCopyOption.REPLACE_EXISTING);
        script.toFile().setExecutable(true);
        for (String shared : List.of("lib", "conf", "providers", "themes", "version.txt")) {
            Path link = home.resolve(shared);
            if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, distribution.resolve(shared).toAbsolutePath());
            }
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(realm, imports.resolve("frontline-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        return home;
    }

    /** Unpacks the distribution once (under a file lock, for parallel test JVMs). */
    static Path install() {
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "frontline");
        Path home = cache.resolve("keycloak-" + VERSION);
        try {
            Files.createDirectories(cache);
            try (FileChannel lockFile = FileChannel.open(cache.resolve("keycloak.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockFile.lock()) {
                if (!Files.exists(home.resolve("bin/kc.sh"))) {
                    unzip(distribution(), cache);
                    home.resolve("bin/kc.sh").toFile().setExecutable(true);
                }
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("could not install Keycloak " + VERSION, e);
        }
    }

    /** The keycloak-quarkus-dist zip in the local Maven repository (downloaded by the build that depends on it). */
    public static Path distribution() {
        String repo = System.getProperty("frontline.maven.repo",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        Path zip = Path.of(repo, "org", "keycloak", "keycloak-quarkus-dist", VERSION,
                "keycloak-quarkus-dist-" + VERSION + ".zip");
        if (!Files.exists(zip)) {
            throw new IllegalStateException("Keycloak distribution not found at " + zip
                    + "; the platform-testing module's build downloads it (dependency keycloak-quarkus-dist)");
        }
        return zip;
    }

    /** Unpacks a zip below the target (entries outside it are refused), shell scripts executable. */
    public static void unzip(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("zip entry outside target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
                    if (entry.getName().endsWith(".sh")) {
                        path.toFile().setExecutable(true);
                    }
                }
            }
        }
    }

    static InputStream resource(String name) {
        InputStream in = KeycloakServer.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return in;
    }
}
