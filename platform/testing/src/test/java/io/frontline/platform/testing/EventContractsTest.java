package io.frontline.platform.testing;

import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventContracts;
import io.frontline.platform.events.EventEnvelope;
import io.frontline.platform.events.EventTypes;
import io.frontline.platform.testing.contracts.ContractAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every event type has a schema and a sample; the sample satisfies the schema and decodes. */
class EventContractsTest {
    static final java.util.List<String> TYPES = EventTypes.ALL;

    @ParameterizedTest
    @FieldSource("TYPES")
    void the_sample_of_each_type_satisfies_its_schema(String type) {
        String sample = EventContracts.sample(type);
        ContractAssertions.assertMatchesContract(sample);
        EventEnvelope envelope = EventCodec.decode(sample);
        assertThat(envelope.type()).isEqualTo(type);
    }

    @org.junit.jupiter.api.Test
    void every_schema_and_sample_belongs_to_a_registered_type() throws java.io.IOException {
        java.nio.file.Path contracts = java.nio.file.Path.of("../core/src/main/resources/frontline/events");
        try (var schemas = java.nio.file.Files.list(contracts.resolve("schemas"));
             var samples = java.nio.file.Files.list(contracts.resolve("samples"))) {
            assertThat(schemas.map(p -> p.getFileName().toString().replace(".schema.json", ""))
                    .filter(name -> !name.equals("envelope"))).containsExactlyInAnyOrderElementsOf(TYPES);
            assertThat(samples.map(p -> p.getFileName().toString().replace(".json", "")))
                    .containsExactlyInAnyOrderElementsOf(TYPES);
        }
    }

    @ParameterizedTest
    @FieldSource("TYPES")
    void a_sample_without_a_required_field_breaks_the_contract(String type) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        String required = json.readTree(EventContracts.schema(type)).get("required").get(0).asText();
        com.fasterxml.jackson.databind.node.ObjectNode sample =
                (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(EventContracts.sample(type));
        ((com.fasterxml.jackson.databind.node.ObjectNode) sample.get("data")).remove(required);
        assertThatThrownBy(() -> ContractAssertions.assertMatchesContract(sample.toString()))
                .isInstanceOf(AssertionError.class).hasMessageContaining(required);
    }
}
