package io.frontline.platform.events;

import io.frontline.platform.events.complaint.ComplaintEventTypes;
import io.frontline.platform.events.complaint.ComplaintReceivedV1;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {
    @Test
    void a_sample_envelope_decodes_to_its_contract_type() {
        EventEnvelope envelope = EventCodec.decode(EventContracts.sample(ComplaintEventTypes.RECEIVED_V1));
        ComplaintReceivedV1 data = EventCodec.data(envelope, ComplaintReceivedV1.class);
        assertThat(data.reference()).isEqualTo("CMP-2026-000123");
        assertThat(EventCodec.decode(EventCodec.encode(envelope))).isEqualTo(envelope);
    }

    @Test
    void records_that_are_not_cloud_events_are_malformed() {
        assertThatThrownBy(() -> EventCodec.decode("{not json")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventCodec.decode("[1,2]")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventCodec.decode("{\"specversion\":\"1.0\",\"id\":\"x\"}"))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("source");
        String badId = EventContracts.sample(ComplaintEventTypes.RECEIVED_V1)
                .replace("0b7d3f4e-5f4a-4c55-9a1e-6f2f3c1d9a01", "not-a-uuid");
        assertThatThrownBy(() -> EventCodec.decode(badId)).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void data_missing_a_required_field_is_malformed() {
        String sample = EventContracts.sample(ComplaintEventTypes.RECEIVED_V1).replace("\"reference\"", "\"ref\"");
        EventEnvelope envelope = EventCodec.decode(sample);
        assertThatThrownBy(() -> EventCodec.data(envelope, ComplaintReceivedV1.class))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("reference");
    }
}
