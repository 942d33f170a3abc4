package io.frontline.images;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The base image every part runs on, written as an image tar that Jib reads as {@code tar://...}: no registry is
 * asked. It holds a Java runtime linked by {@code jlink} from the build's JDK with only the modules the parts use
 * ({@code /opt/java}), the system libraries that runtime loads (what {@code ldd} lists for its programs and
 * libraries, the dynamic loader among them), a user 185 without a shell or a home of its own, and the CA
 * certificates the runtime trusts (the build machine's, as its JDK trusts them).
 */
public final class JavaRuntimeBase {

    static final String JAVA_HOME = "/opt/java";
    static final String USER = "185";
    private static final Pattern LDD_LINE = Pattern.compile("^\\s*(\\S+)(?:\\s+=>\\s+(\\S+|not found))?.*$");

    private JavaRuntimeBase() {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = new Arguments(args);
        Path jdk = Path.of(arguments.optional("jdk", System.getProperty("java.home")));
        JibContainer image = build(jdk, arguments.list("modules"), Path.of(arguments.required("work")),
                Path.of(arguments.required("output")), arguments.required("name"));
        System.out.println("[images] base image " + image.getTargetImage() + " " + image.getDigest() + " → "
                + arguments.required("output"));
    }

    static JibContainer build(Path jdk, List<String> modules, Path work, Path output, String name) throws Exception {
        Path runtime = work.resolve("runtime");
        deleteTree(work);
        Files.createDirectories(work);
        link(jdk, modules, runtime);
        trustTheBuildMachinesCertificates(jdk, runtime);

        Map<String, Path> libraries = systemLibraries(runtime);
        FileEntriesLayer.Builder system = FileEntriesLayer.builder().setName("system");
        libraries.forEach((imagePath, hostFile) ->
                system.addEntry(hostFile, AbsoluteUnixPath.get(imagePath), Layers.EXECUTABLE));
        Path etc = Files.createDirectories(work.resolve("etc"));
        system.addEntry(write(etc.resolve("passwd"), """
                root:x:0:0:root:/root:/usr/sbin/nologin
                frontline:x:185:185:Frontline:/deployments:/usr/sbin/nologin
                """), AbsoluteUnixPath.get("/etc/passwd"), Layers.READABLE);
        system.addEntry(write(etc.resolve("group"), """
                root:x:0:
                frontline:x:185:
                """), AbsoluteUnixPath.get("/etc/group"), Layers.READABLE);
        system.addEntry(write(etc.resolve("nsswitch.conf"), """
                passwd: files
                group: files
                hosts: files dns
                """), AbsoluteUnixPath.get("/etc/nsswitch.conf"), Layers.READABLE);
        Path empty = Files.createDirectories(work.resolve("empty"));
        // /tmp writable by everyone (Jib's permissions have no sticky bit; the pods mount an emptyDir there anyway)
        system.addEntry(empty, AbsoluteUnixPath.get("/tmp"), FilePermissions.fromOctalString("777"));
        system.addEntry(new com.google.cloud.tools.jib.api.buildplan.FileEntry(empty,
                AbsoluteUnixPath.get("/deployments"), Layers.EXECUTABLE,
                FileEntriesLayer.DEFAULT_MODIFICATION_TIME, USER + ":" + USER));

        Files.createDirectories(output.toAbsolutePath().getParent());
        return Jib.fromScratch()
                .setFormat(ImageFormat.Docker)
                .addFileEntriesLayer(system.build())
                .addFileEntriesLayer(Layers.tree("java-runtime", runtime, JAVA_HOME))
                .setEnvironment(Map.of(
                        "PATH", JAVA_HOME + "/bin:/usr/bin:/bin",
                        "JAVA_HOME", JAVA_HOME,
                        "LANG", "C.UTF-8"))
                .setUser(USER)
                .setWorkingDirectory(AbsoluteUnixPath.get("/deployments"))
                .setEntrypoint(JAVA_HOME + "/bin/java")
                .setProgramArguments("-version")
                .addLabel("org.opencontainers.image.title", "frontline-java-base")
                .addLabel("org.opencontainers.image.description",
                        "Java " + System.getProperty("java.version") + " runtime (jlink: " + String.join(",", modules) + ")")
                .containerize(Containerizer.to(TarImage.at(output).named(name))
                        .setBaseImageLayersCache(work.resolve("cache"))
                        .setApplicationLayersCache(work.resolve("cache"))
                        .setToolName("frontline-images"));
    }

    private static void link(Path jdk, List<String> modules, Path runtime) throws IOException, InterruptedException {
        Path jlink = jdk.resolve("bin/jlink");
        if (!Files.isExecutable(jlink)) {
            throw new IllegalStateException("no jlink in " + jdk + ": the base image is linked from a full JDK");
        }
        run(List.of(jlink.toString(), "--add-modules", String.join(",", modules), "--strip-debug", "--no-man-pages",
                "--no-header-files", "--compress=2", "--output", runtime.toString()));
    }

    /**
     * A JDK packaged by a distribution may keep its trusted certificates outside itself ({@code lib/security/cacerts}
     * a link to the system's store): the runtime gets the file those certificates are in, not the link.
     */
    private static void trustTheBuildMachinesCertificates(Path jdk, Path runtime) throws IOException {
        Path linked = runtime.resolve("lib/security/cacerts");
        Path jdkStore = jdk.resolve("lib/security/cacerts");
        if (Files.isSymbolicLink(linked) || !Files.isRegularFile(linked) || Files.size(linked) < 1024) {
            if (!Files.isReadable(jdkStore)) {
                throw new IllegalStateException("no CA certificates in " + jdkStore);
            }
            Files.deleteIfExists(linked);
            Files.createDirectories(linked.getParent());
            Files.copy(jdkStore.toRealPath(), linked);
        }
    }

    /**
     * The system libraries the runtime's programs and libraries load, by the path the dynamic loader finds them at
     * (the image has the same paths), mapped to the build machine's file. A library {@code bin/java} or the JVM
     * needs and the machine lacks stops the build; one only an unused part of the runtime needs is left out.
     */
    static Map<String, Path> systemLibraries(Path runtime) throws IOException, InterruptedException {
        Map<String, Path> libraries = new TreeMap<>();
        List<Path> elves;
        try (Stream<Path> files = Files.walk(runtime)) {
            elves = files.filter(Files::isRegularFile).filter(JavaRuntimeBase::isElf).sorted().toList();
        }
        for (Path elf : elves) {
            boolean essential = elf.endsWith(Path.of("bin/java")) || elf.getFileName().toString().equals("libjvm.so");
            for (String line : output(List.of("ldd", elf.toString())).split("\n")) {
                Matcher m = LDD_LINE.matcher(line);
                if (!m.matches()) {
                    continue;
                }
                String name = m.group(1);
                String resolved = m.group(2);
                if ("not found".equals(resolved)) {
                    if (essential) {
                        throw new IllegalStateException(elf + " needs " + name + ", which this machine lacks");
                    }
                    System.out.println("[images] left out " + runtime.relativize(elf) + ": it needs " + name
                            + " (not on this machine, not used by the parts)");
                    continue;
                }
                String path = resolved != null ? resolved : name;
                if (!path.startsWith("/") || Path.of(path).startsWith(runtime)) {
                    continue;
                }
                libraries.put(path, Path.of(path).toRealPath());
            }
        }
        return libraries;
    }

    private static boolean isElf(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 0x7f && magic[1] == 'E' && magic[2] == 'L' && magic[3] == 'F';
        } catch (IOException e) {
            return false;
        }
    }

    private static Path write(Path file, String content) throws IOException {
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue());
        }
    }

    static String output(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> all = new ArrayList<>(files.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
