package io.frontline.platform.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens a configuration file named by a setting: a path on disk (a mounted ConfigMap in Kubernetes)
 * or {@code classpath:name} (tests).
 */
public final class ConfigFile {
    private ConfigFile() {
    }

    /** @throws NoSuchFileException when there is no such file or resource */
    public static InputStream open(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            String name = location.substring("classpath:".length());
            InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new NoSuchFileException(location);
            }
            return in;
        }
        return Files.newInputStream(Path.of(location));
    }
}
