package io.frontline.incident.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.incident.application.domain.model.TranscriptLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Lines of a call as a JSON array in a {@code jsonb} column: {@code [{"speaker", "text", "startOffsetMs"}]}. */
@ApplicationScoped
class TranscriptLinesJson {
    private static final TypeReference<List<TranscriptLine>> LINES = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    String write(List<TranscriptLine> lines) {
        try {
            return json.writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("transcript lines could not be written", e);
        }
    }

    List<TranscriptLine> read(String lines) {
        try {
            return json.readValue(lines, LINES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("transcript lines could not be read", e);
        }
    }
}
