package io.frontline.platform.testing.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.frontline.platform.events.EventContracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks an event against the envelope schema and its type's data schema, the way both sides are held to it. */
public final class ContractAssertions {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private ContractAssertions() {
    }

    /** Throws {@link AssertionError} naming every violation if the envelope breaks its contract. */
    public static void assertMatchesContract(String envelopeJson) {
        JsonNode envelope = parse(envelopeJson);
        String type = envelope.path("type").asText();
        Set<ValidationMessage> problems = FACTORY.getSchema(EventContracts.envelopeSchema(), CONFIG).validate(envelope);
        if (problems.isEmpty()) {
            JsonSchema data = FACTORY.getSchema(EventContracts.schema(type), CONFIG);
            problems = data.validate(envelope.get("data"));
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("event " + type + " breaks its contract: " + problems.stream()
                    .map(ValidationMessage::getMessage).collect(Collectors.joining("; ")));
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
