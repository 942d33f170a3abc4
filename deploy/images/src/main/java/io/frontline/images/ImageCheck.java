package io.frontline.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Checks the image tar of every part: it exists and is named {@code <registry>/<group>/<part>:<version>}, carries
 * the version as a label, runs as the non-root user 185 (known to its {@code /etc/passwd}), and its entrypoint is
 * the Java runtime of the image running the part's Quarkus runner, both files present in its layers. With
 * {@code --run-java true} it also unpacks one image and runs the image's own {@code java -version} in it (as user
 * 185 inside the unpacked file system when the machine allows chroot, else from it). Fails the build on any miss.
 */
public final class ImageCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ImageCheck() {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = new Arguments(args);
        Path images = Path.of(arguments.required("images"));
        if (Boolean.parseBoolean(arguments.optional("pushed", "false"))) {
            System.out.println("[images] pushed to the registry, no tars written: nothing to check here");
            return;
        }
        List<String> problems = new ArrayList<>();
        List<String> parts = arguments.list("parts");
        for (String part : parts) {
            problems.addAll(check(images.resolve(part + ".tar"), PartImages.imageName(arguments.required("registry"),
                    arguments.required("group"), part, arguments.required("version")), arguments.required("version")));
        }
        if (problems.isEmpty() && Boolean.parseBoolean(arguments.optional("run-java", "false"))) {
            String out = runJava(images.resolve(parts.get(0) + ".tar"), images.resolve("check-rootfs"));
            System.out.println("[images] " + parts.get(0) + "'s own java: " + out.lines().findFirst().orElse("") + " "
                    + out.lines().reduce((a, b) -> b).orElse(""));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("image check failed:\n  " + String.join("\n  ", problems));
        }
        System.out.println("[images] checked " + parts.size() + " images in " + images + ": " + String.join(", ", parts));
    }

    /** What is wrong with one image tar; empty when nothing is. */
    static List<String> check(Path tar, String expectedName, String version) throws IOException {
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(tar)) {
            problems.add(expectedName + ": no image tar " + tar);
            return problems;
        }
        Image image = Image.read(tar);
        if (image.tags.stream().noneMatch(tag -> sameImage(tag, expectedName))) {
            problems.add(tar.getFileName() + ": named " + image.tags + ", not " + expectedName);
        }
        JsonNode config = image.config.path("config");
        String label = config.path("Labels").path("org.opencontainers.image.version").asText("");
        if (!label.equals(version)) {
            problems.add(expectedName + ": version label '" + label + "', not " + version);
        }
        String user = config.path("User").asText("");
        String uid = user.split(":")[0];
        if (uid.isEmpty() || uid.equals("0") || uid.equals("root")) {
            problems.add(expectedName + ": runs as root (user '" + user + "'); the pods require a non-root user");
        } else if (!uid.matches("\\d+")) {
            problems.add(expectedName + ": user '" + user + "' is a name; Kubernetes' runAsNonRoot needs a number");
        } else if (!image.passwdUids().contains(uid)) {
            problems.add(expectedName + ": user " + uid + " is not in the image's /etc/passwd");
        }
        List<String> entrypoint = new ArrayList<>();
        config.path("Entrypoint").forEach(e -> entrypoint.add(e.asText()));
        int jar = entrypoint.indexOf("-jar");
        if (entrypoint.isEmpty() || jar < 0 || jar + 1 >= entrypoint.size()) {
            problems.add(expectedName + ": entrypoint " + entrypoint + " does not run a jar");
        } else {
            String java = entrypoint.get(0);
            String runner = entrypoint.get(jar + 1);
            if (!runner.endsWith("/quarkus-run.jar")) {
                problems.add(expectedName + ": entrypoint runs " + runner + ", not the Quarkus runner");
            }
            if (image.resolve(java) == null) {
                problems.add(expectedName + ": entrypoint's " + java + " is not an executable file of the image"
                        + (java.startsWith("/") ? "" : " on its PATH " + image.path()));
            }
            if (!image.files.contains(strip(runner))) {
                problems.add(expectedName + ": entrypoint's " + runner + " is not in the image");
            }
        }
        return problems;
    }

    /** The same image name the way registries read it ({@code docker.io/frontline/web} is {@code frontline/web}). */
    static boolean sameImage(String a, String b) {
        try {
            return ImageReference.parse(a).toString().equals(ImageReference.parse(b).toString());
        } catch (InvalidImageReferenceException e) {
            return false;
        }
    }

    private static String strip(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** Unpacks the image's layers into {@code rootfs} and runs its {@code /opt/java/bin/java -version} there. */
    static String runJava(Path tar, Path rootfs) throws IOException, InterruptedException {
        JavaRuntimeBase.deleteTree(rootfs);
        Files.createDirectories(rootfs);
        Image.unpack(tar, rootfs);
        Run run = runInImage(rootfs, "/", JavaRuntimeBase.USER, List.of(JavaRuntimeBase.JAVA_HOME + "/bin/java", "-version"));
        return run.output() + (run.inside() ? "(inside the image, as user 185)" : "(from outside the image)");
    }

    /** What a command printed, and whether it ran inside the image (false: the machine allows no namespaces). */
    record Run(String output, boolean inside) {
    }

    /**
     * Runs a command inside an unpacked image as a container runtime would: the image's file system as the root,
     * its own process namespace and /proc, the given working folder and user. Where the machine allows no
     * namespaces (unshare refused), the command runs from outside with the image's files and says so.
     */
    static Run runInImage(Path rootfs, String workdir, String user, List<String> command)
            throws IOException, InterruptedException {
        Files.createDirectories(rootfs.resolve("proc"));
        List<String> unshare = new ArrayList<>(List.of("unshare", "--fork", "--pid", "--mount", "--mount-proc=/proc",
                "--root=" + rootfs, "--wd=" + workdir, "--setuid", user, "--setgid", user));
        unshare.addAll(command);
        Process process = new ProcessBuilder(unshare).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        boolean inside = true;
        if (exit != 0 && out.startsWith("unshare:")) {
            inside = false;
            System.out.println("[images] no namespaces on this machine (" + out.strip() + "): running from outside");
            // the image's files by their place in the unpacked image
            List<String> outside = command.stream()
                    .map(a -> a.startsWith("/") && Files.exists(Path.of(rootfs + a)) ? rootfs + a : a).toList();
            process = new ProcessBuilder(outside).directory(rootfs.resolve(workdir.substring(1)).toFile())
                    .redirectErrorStream(true).start();
            out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            exit = process.waitFor();
        }
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " did not run in the image (exit " + exit + "): " + out);
        }
        return new Run(out, inside);
    }

    /** An image tar as Jib writes it (Docker's format: manifest.json, the config, gzipped layers). */
    static final class Image {
        final List<String> tags = new ArrayList<>();
        JsonNode config;
        final List<String> files = new ArrayList<>();
        final List<String> executables = new ArrayList<>();
        String passwd = "";

        static Image read(Path tar) throws IOException {
            Map<String, byte[]> entries = new HashMap<>();
            try (TarArchiveInputStream in = new TarArchiveInputStream(new BufferedInputStream(Files.newInputStream(tar)))) {
                for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    if (e.getName().endsWith(".json")) {
                        entries.put(e.getName(), in.readAllBytes());
                    }
                }
            }
            Image image = new Image();
            JsonNode manifest = JSON.readTree(entries.get("manifest.json")).get(0);
            manifest.path("RepoTags").forEach(t -> image.tags.add(t.asText()));
            image.config = JSON.readTree(entries.get(manifest.path("Config").asText()));
            Map<String, Boolean> layers = new LinkedHashMap<>();
            manifest.path("Layers").forEach(l -> layers.put(l.asText(), true));
            try (TarArchiveInputStream in = new TarArchiveInputStream(new BufferedInputStream(Files.newInputStream(tar)))) {
                for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    if (layers.containsKey(e.getName())) {
                        image.readLayer(in);
                    }
                }
            }
            return image;
        }

        private void readLayer(InputStream layer) throws IOException {
            TarArchiveInputStream in = new TarArchiveInputStream(new GzipCompressorInputStream(nonClosing(layer)));
            for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.isFile()) {
                    String name = strip(e.getName());
                    files.add(name);
                    if ((e.getMode() & 0100) != 0) {
                        executables.add(name);
                    }
                    if (name.equals("etc/passwd")) {
                        passwd = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            }
        }

        /** The image's PATH, from its environment. */
        String path() {
            for (JsonNode env : config.path("config").path("Env")) {
                if (env.asText().startsWith("PATH=")) {
                    return env.asText().substring(5);
                }
            }
            return "";
        }

        /** Where the image's runtime finds a program: itself if absolute, else the first match on its PATH; null if nowhere. */
        String resolve(String program) {
            if (program.startsWith("/")) {
                return executables.contains(strip(program)) ? program : null;
            }
            for (String dir : path().split(":")) {
                String candidate = (dir.endsWith("/") ? dir : dir + "/") + program;
                if (!dir.isEmpty() && executables.contains(strip(candidate))) {
                    return candidate;
                }
            }
            return null;
        }

        List<String> passwdUids() {
            return passwd.lines().map(l -> l.split(":")).filter(f -> f.length > 2).map(f -> f[2]).toList();
        }

        static void unpack(Path tar, Path rootfs) throws IOException {
            List<String> layers = new ArrayList<>();
            Map<String, Path> stored = new HashMap<>();
            Path blobs = Files.createDirectories(rootfs.resolveSibling(rootfs.getFileName() + "-layers"));
            try (TarArchiveInputStream in = new TarArchiveInputStream(new BufferedInputStream(Files.newInputStream(tar)))) {
                for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    Path file = blobs.resolve(e.getName().replace('/', '_'));
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                    stored.put(e.getName(), file);
                }
            }
            JSON.readTree(Files.readAllBytes(stored.get("manifest.json"))).get(0).path("Layers")
                    .forEach(l -> layers.add(l.asText()));
            for (String layer : layers) {
                try (TarArchiveInputStream in = new TarArchiveInputStream(new GzipCompressorInputStream(
                        new BufferedInputStream(Files.newInputStream(stored.get(layer)))))) {
                    for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                        Path target = rootfs.resolve(strip(e.getName())).normalize();
                        if (!target.startsWith(rootfs)) {
                            throw new IOException("layer entry outside the image: " + e.getName());
                        }
                        if (e.isDirectory()) {
                            Files.createDirectories(target);
                        } else if (e.isFile()) {
                            Files.createDirectories(target.getParent());
                            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                        } else {
                            continue;
                        }
                        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(mode(e.getMode())));
                    }
                }
            }
            JavaRuntimeBase.deleteTree(blobs);
        }

        private static String mode(int mode) {
            String rwx = "rwxrwxrwx";
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 9; i++) {
                s.append((mode & (1 << (8 - i))) != 0 ? rwx.charAt(i) : '-');
            }
            return s.toString();
        }

        private static InputStream nonClosing(InputStream in) {
            return new java.io.FilterInputStream(in) {
                @Override
                public void close() {
                }
            };
        }
    }
}
