package io.frontline.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.UncheckedIOException;
import java.util.List;

/** JSON encoding of envelopes and their data, shared by producers, consumers and tests. */
public final class EventCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final List<String> REQUIRED = List.of("specversion", "id", "source", "type", "time", "subject");

    private EventCodec() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String encode(EventEnvelope envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode toData(Object payload) {
        return MAPPER.valueToTree(payload);
    }

    /** Decodes a record value; anything that is not a CloudEvents 1.0 envelope is malformed. */
    public static EventEnvelope decode(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException("empty record");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new MalformedEventException("not a JSON object");
        }
        for (String attribute : REQUIRED) {
            if (!node.hasNonNull(attribute)) {
                throw new MalformedEventException("missing CloudEvents attribute '" + attribute + "'");
            }
        }
        if (!EventEnvelope.SPEC_VERSION.equals(node.get("specversion").asText())) {
            throw new MalformedEventException("unsupported specversion " + node.get("specversion").asText());
        }
        try {
            return MAPPER.treeToValue(node, EventEnvelope.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("invalid envelope: " + e.getMessage(), e);
        }
    }

    /** Reads the envelope's data as the contract type; a mismatch is malformed, not retryable. */
    public static <T> T data(EventEnvelope envelope, Class<T> type) {
        if (envelope.data() == null || envelope.data().isNull()) {
            throw new MalformedEventException(envelope.type() + " " + envelope.id() + " has no data");
        }
        try {
            T value = MAPPER.treeToValue(envelope.data(), type);
            if (value instanceof Validated validated) {
                validated.validate();
            }
            return value;
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException(envelope.type() + " " + envelope.id() + " has invalid data: "
                    + e.getMessage(), e);
        }
    }

    /** Contract payloads that check their own required fields after decoding. */
    public interface Validated {
        void validate();
    }
}
