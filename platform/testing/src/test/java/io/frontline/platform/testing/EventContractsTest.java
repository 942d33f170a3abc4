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

    @ParameterizedTest
    @FieldSource("TYPES")
    void a_sample_without_a_required_field_breaks_the_contract(String type) {
        String broken = EventContracts.sample(type).replaceFirst("\"siteId\"", "\"siteIdentifier\"");
        assertThatThrownBy(() -> ContractAssertions.assertMatchesContract(broken)).isInstanceOf(AssertionError.class);
    }
}
