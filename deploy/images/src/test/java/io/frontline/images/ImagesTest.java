package io.frontline.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image build and its check on a small scale: a base image linked with java.base only and a part packaged as
 * Quarkus packages one (a runner jar whose class path names its libraries), built with no daemon and no registry.
 */
class ImagesTest {

    private static final String VERSION = "1.2.3";

    @TempDir
    static Path work;

    static Path baseTar;
    static Path quarkusApp;

    @BeforeAll
    static void aBaseImageAndAPackagedPart() throws Exception {
        baseTar = work.resolve("base.tar");
        JavaRuntimeBase.build(Path.of(System.getProperty("java.home")), List.of("java.base"), work.resolve("base-work"),
                baseTar, "frontline/java-base:test");
        quarkusApp = packagedPart(work.resolve("part"));
    }

    @Test
    void aPartsImageIsNamedWithItsVersionAndRunsTheQuarkusRunnerAsTheNonRootUser() throws Exception {
        Path tar = work.resolve("images/shop-service.tar");
        String name = PartImages.imageName("docker.io", "frontline", "shop-service", VERSION);
        PartImages.build("shop-service", quarkusApp, "tar://" + baseTar, name, VERSION, "185", tar, work.resolve("cache"));

        assertThat(ImageCheck.check(tar, name, VERSION)).isEmpty();
        ImageCheck.Image image = ImageCheck.Image.read(tar);
        assertThat(image.tags).containsExactly("frontline/shop-service:" + VERSION);
        assertThat(image.config.path("config").path("User").asText()).isEqualTo("185");
        assertThat(image.files).contains("opt/java/bin/java", "deployments/quarkus-run.jar",
                "deployments/lib/main/io.frontline.frontline-platform-" + VERSION + ".jar", "etc/passwd");
        // the runtime's libraries from the build machine, the dynamic loader among them
        assertThat(image.files).anyMatch(f -> f.contains("ld-linux"));
    }

    @Test
    void theImagesOwnJavaRunsThePartInsideTheImageAsItsUserFrontline() throws Exception {
        Path tar = work.resolve("run/shop-service.tar");
        PartImages.build("shop-service", quarkusApp, "tar://" + baseTar, "frontline/shop-service:" + VERSION, VERSION,
                "185", tar, work.resolve("cache"));

        assertThat(ImageCheck.runJava(tar, work.resolve("run/rootfs"))).contains("version");
        // the entrypoint itself, in the unpacked image: its java, its runner jar, the runner's class path
        ImageCheck.Image image = ImageCheck.Image.read(tar);
        List<String> entrypoint = new ArrayList<>();
        image.config.path("config").path("Entrypoint").forEach(e -> entrypoint.add(e.asText()));
        entrypoint.set(0, image.resolve(entrypoint.get(0)));
        assertThat(entrypoint.get(0)).isEqualTo("/opt/java/bin/java");
        ImageCheck.Run run = ImageCheck.runInImage(work.resolve("run/rootfs"), image.config.path("config").path("WorkingDir").asText(),
                image.config.path("config").path("User").asText(), entrypoint);
        // only a machine that gives the build namespaces (root, as CI) runs it inside the image, as its user
        assumeTrue(run.inside(), "no namespaces on this machine: the part ran from outside its image");
        assertThat(run.output()).contains("shop-service started as frontline in /deployments");
    }

    @Test
    void anImageThatRunsAsRootFailsTheCheck() throws Exception {
        Path tar = work.resolve("root/shop-service.tar");
        String name = "frontline/shop-service:" + VERSION;
        PartImages.build("shop-service", quarkusApp, "tar://" + baseTar, name, VERSION, "0", tar, work.resolve("cache"));

        assertThat(ImageCheck.check(tar, name, VERSION)).singleElement().asString().contains("runs as root");
    }

    @Test
    void anImageOfAnotherVersionFailsTheCheck() throws Exception {
        Path tar = work.resolve("old/shop-service.tar");
        PartImages.build("shop-service", quarkusApp, "tar://" + baseTar, "frontline/shop-service:1.0.0", "1.0.0", "185",
                tar, work.resolve("cache"));

        assertThat(ImageCheck.check(tar, "frontline/shop-service:" + VERSION, VERSION))
                .anyMatch(p -> p.contains("named [frontline/shop-service:1.0.0]"))
                .anyMatch(p -> p.contains("version label '1.0.0'"));
    }

    @Test
    void anImageWithoutJavaOrItsUserFailsTheCheck() throws Exception {
        Path tar = work.resolve("scratch/shop-service.tar");
        String name = "frontline/shop-service:" + VERSION;
        PartImages.build("shop-service", quarkusApp, "scratch", name, VERSION, "185", tar, work.resolve("cache"));

        assertThat(ImageCheck.check(tar, name, VERSION))
                .anyMatch(p -> p.contains("entrypoint's java is not an executable file of the image"))
                .anyMatch(p -> p.contains("user 185 is not in the image's /etc/passwd"));
    }

    @Test
    void aPartWithoutAnImageFailsTheCheckAndTheBuild() throws Exception {
        assertThat(ImageCheck.check(work.resolve("none/shop-service.tar"), "frontline/shop-service:" + VERSION, VERSION))
                .singleElement().asString().contains("no image tar");
        assertThatThrownBy(() -> ImageCheck.main(new String[] {"--images", work.resolve("none").toString(),
                "--parts", "shop-service", "--registry", "docker.io", "--group", "frontline", "--version", VERSION}))
                .hasMessageContaining("image check failed");
    }

    @Test
    void aPartThatWasNotPackagedStopsTheImageBuild() {
        assertThatThrownBy(() -> PartImages.build("shop-service", work.resolve("nothing"), "tar://" + baseTar,
                "frontline/shop-service:" + VERSION, VERSION, "185", work.resolve("x.tar"), work.resolve("cache")))
                .hasMessageContaining("is not packaged");
    }

    /** What Quarkus's fast-jar packaging leaves: a runner jar whose manifest's class path names lib/main's jars. */
    private static Path packagedPart(Path app) throws IOException {
        Path classes = Files.createDirectories(app.resolveSibling("classes"));
        Path source = classes.resolve("Runner.java");
        Files.writeString(source, """
                public class Runner {
                    public static void main(String[] args) throws Exception {
                        System.out.println(Greeting.NAME + " started as " + System.getProperty("user.name") + " in " + System.getProperty("user.dir"));
                    }
                }
                """);
        Files.writeString(classes.resolve("Greeting.java"), "public class Greeting { public static final String NAME = \"shop-service\"; }\n");
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d",
                classes.toString(), source.toString(), classes.resolve("Greeting.java").toString());
        assertThat(compiled).isZero();

        Files.createDirectories(app.resolve("lib/boot"));
        Files.createDirectories(app.resolve("lib/main"));
        Files.createDirectories(app.resolve("quarkus"));
        Files.createDirectories(app.resolve("app"));
        jar(app.resolve("lib/main/io.frontline.frontline-platform-" + VERSION + ".jar"), null, classes.resolve("Greeting.class"));
        jar(app.resolve("lib/boot/io.quarkus.quarkus-bootstrap-runner.jar"), null);
        jar(app.resolve("lib/main/org.example.greeting-1.0.jar"), null);
        Files.writeString(app.resolve("quarkus/quarkus-application.dat"), "application");
        jar(app.resolve("app/shop-service.jar"), null);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Runner");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
                "lib/main/io.frontline.frontline-platform-" + VERSION + ".jar lib/boot/io.quarkus.quarkus-bootstrap-runner.jar");
        jar(app.resolve("quarkus-run.jar"), manifest, classes.resolve("Runner.class"));
        return app;
    }

    private static void jar(Path file, Manifest manifest, Path... classFiles) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                JarOutputStream jar = manifest == null ? new JarOutputStream(out) : new JarOutputStream(out, manifest)) {
            for (Path classFile : classFiles) {
                jar.putNextEntry(new JarEntry(classFile.getFileName().toString()));
                jar.write(Files.readAllBytes(classFile));
                jar.closeEntry();
            }
        }
    }
}
