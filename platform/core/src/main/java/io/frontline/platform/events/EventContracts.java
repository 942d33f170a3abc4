package io.frontline.platform.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the JSON Schema and the sample envelope of an event type from {@code frontline/events/}. */
public final class EventContracts {
    private EventContracts() {
    }

    public static String schema(String type) {
        return read("frontline/events/schemas/" + type + ".schema.json");
    }

    public static String envelopeSchema() {
        return read("frontline/events/schemas/envelope.schema.json");
    }

    /** A complete, valid envelope of the type, as a producer would publish it. */
    public static String sample(String type) {
        return read("frontline/events/samples/" + type + ".json");
    }

    private static String read(String name) {
        try (InputStream in = EventContracts.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no contract file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
