package io.frontline.images;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.RegistryImage;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.frontend.CredentialRetrieverFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The image of each deployable part, from what its build packaged ({@code <part>/target/quarkus-app}, Quarkus's
 * fast-jar) on the base image, in the layers Quarkus's Jib extension uses (the libraries that rarely change below
 * the project's own code), run by the non-root user 185 with the Quarkus runner as its entrypoint. Written as an
 * image tar per part ({@code <output>/<part>.tar}, named {@code <registry>/<group>/<part>:<version>}), or pushed
 * to that registry with {@code --push true} (credentials as Jib finds them: Docker's config or a credential helper).
 */
public final class PartImages {

    static final String APP_DIR = "/deployments";
    /**
     * Quarkus's own JVM arguments for a container (its Jib extension's default), a heap sized to the container;
     * {@code java} found on the image's PATH, so a registry base image with its Java elsewhere runs it too.
     */
    static final List<String> ENTRYPOINT = List.of("java",
            "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-XX:MaxRAMPercentage=75.0",
            "-jar", APP_DIR + "/quarkus-run.jar");

    private PartImages() {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = new Arguments(args);
        Path root = Path.of(arguments.required("root"));
        Path output = Path.of(arguments.required("output"));
        boolean push = Boolean.parseBoolean(arguments.optional("push", "false"));
        for (String part : arguments.list("parts")) {
            long start = System.nanoTime();
            String name = imageName(arguments.required("registry"), arguments.required("group"), part,
                    arguments.required("version"));
            JibContainer image = build(part, root.resolve(part).resolve("target/quarkus-app"),
                    arguments.required("base"), name, arguments.required("version"), JavaRuntimeBase.USER,
                    push ? null : output.resolve(part + ".tar"), Path.of(arguments.required("cache")));
            System.out.printf("[images] %s %s %s (%d ms)%n", push ? "pushed" : "built", image.getTargetImage(),
                    image.getDigest(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    static String imageName(String registry, String group, String part, String version) {
        return registry + "/" + group + "/" + part + ":" + version;
    }

    /** One part's image; {@code tar} null pushes it to the registry its name holds. */
    static JibContainer build(String part, Path quarkusApp, String base, String name, String version, String user,
            Path tar, Path cache) throws Exception {
        if (!Files.isRegularFile(quarkusApp.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(part + " is not packaged: no " + quarkusApp.resolve("quarkus-run.jar")
                    + " (package the parts first: ./mvnw package)");
        }
        JibContainerBuilder builder = Jib.from(base).setFormat(ImageFormat.Docker);
        Path libs = quarkusApp.resolve("lib/main");
        FileEntriesLayer.Builder thirdParty = FileEntriesLayer.builder().setName("fast-jar-normal-libs");
        FileEntriesLayer.Builder own = FileEntriesLayer.builder().setName("fast-jar-changing-libs");
        if (Files.isDirectory(libs)) {
            try (Stream<Path> jars = Files.list(libs)) {
                for (Path jar : jars.sorted().toList()) {
                    AbsoluteUnixPath target = AbsoluteUnixPath.get(APP_DIR + "/lib/main/" + jar.getFileName());
                    // the project's own modules (io.frontline.*) and snapshots change with every version
                    String file = jar.getFileName().toString();
                    (file.startsWith("io.frontline.") || file.contains("SNAPSHOT") ? own : thirdParty)
                            .addEntry(jar, target, Layers.READABLE);
                }
            }
        }
        builder.addFileEntriesLayer(Layers.tree("fast-jar-boot-libs", quarkusApp.resolve("lib/boot"),
                APP_DIR + "/lib/boot"));
        builder.addFileEntriesLayer(thirdParty.build());
        builder.addFileEntriesLayer(own.build());
        builder.addFileEntriesLayer(Layers.tree("fast-jar-quarkus", quarkusApp.resolve("quarkus"), APP_DIR + "/quarkus"));
        builder.addFileEntriesLayer(Layers.tree("fast-jar-app", quarkusApp.resolve("app"), APP_DIR + "/app"));
        FileEntriesLayer.Builder run = FileEntriesLayer.builder().setName("fast-jar-run")
                .addEntry(quarkusApp.resolve("quarkus-run.jar"), AbsoluteUnixPath.get(APP_DIR + "/quarkus-run.jar"),
                        Layers.READABLE);
        Path dependencies = quarkusApp.resolve("quarkus-app-dependencies.txt");
        if (Files.isRegularFile(dependencies)) {
            run.addEntry(dependencies, AbsoluteUnixPath.get(APP_DIR + "/quarkus-app-dependencies.txt"), Layers.READABLE);
        }
        builder.addFileEntriesLayer(run.build())
                .setUser(user)
                .setWorkingDirectory(AbsoluteUnixPath.get(APP_DIR))
                .setEntrypoint(ENTRYPOINT)
                .setProgramArguments(List.of())
                .addLabel("org.opencontainers.image.title", part)
                .addLabel("org.opencontainers.image.version", version)
                .addLabel("org.opencontainers.image.vendor", "Frontline")
                .addLabel("org.opencontainers.image.base.name", base.startsWith("tar://") ? "frontline-java-base" : base);
        Containerizer containerizer;
        if (tar != null) {
            Files.createDirectories(tar.toAbsolutePath().getParent());
            containerizer = Containerizer.to(TarImage.at(tar).named(name));
        } else {
            ImageReference reference = ImageReference.parse(name);
            containerizer = Containerizer.to(RegistryImage.named(reference).addCredentialRetriever(
                    CredentialRetrieverFactory.forImage(reference, event -> System.out.println("[images] " + event.getMessage()))
                            .dockerConfig()));
        }
        return builder.containerize(containerizer
                .setBaseImageLayersCache(cache.resolve("base"))
                .setApplicationLayersCache(cache.resolve("application"))
                .setToolName("frontline-images"));
    }

}
