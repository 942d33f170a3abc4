package io.frontline.platform.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A configuration file named by a setting — a path on disk (a mounted ConfigMap in Kubernetes) or
 * {@code classpath:name} (tests) — and the one way every service reads its YAML files (the organisation, the
 * notification directory, routing rules, escalation policies): unknown keys are refused, and a file that is
 * missing, unreadable or empty is reported as a problem of that file, in the file's own exception.
 */
public final class ConfigFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private ConfigFile() {
    }

    /** How a file kind reports its problems: {@code InvalidDirectoryException::new}. */
    @FunctionalInterface
    public interface Problems {
        RuntimeException of(String origin, List<String> problems);
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

    /** Opens {@code location} and reads it with {@code reader}; a missing file is the problem "does not exist". */
    public static <T> T load(String location, Problems invalid, Function<InputStream, T> reader) {
        try (InputStream in = open(location)) {
            return reader.apply(in);
        } catch (NoSuchFileException e) {
            throw invalid.of(location, List.of("does not exist"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The YAML document as {@code type} (records whose components are the file's keys). Broken YAML or an unknown
     * key is the problem "cannot be read: …"; an empty file is null, for the caller to say what is missing.
     */
    public static <T> T readYaml(InputStream yaml, Class<T> type, String origin, Problems invalid) {
        try {
            return YAML.readValue(yaml, type);
        } catch (JsonProcessingException e) {
            throw invalid.of(origin, List.of("cannot be read: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw invalid.of(origin, List.of("cannot be read: " + e.getMessage()));
        }
    }
}
