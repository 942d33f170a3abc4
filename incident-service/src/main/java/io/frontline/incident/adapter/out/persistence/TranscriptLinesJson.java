package io.frontline.incident.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.incident.application.domain.model.TranscriptLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Lines of a call as a JSON array in a {@code jsonb} column: {@code [{"speaker", "text", "startOffsetMs"}]}. The
 * lines are stored in a shape of their own ({@link StoredLine}), mapped to and from {@link TranscriptLine}, so renaming
 * a field of the domain record cannot silently change stored rows or break reading the ones written before
 * (CONTRIBUTING.md, "One persistence rule").
 */
@ApplicationScoped
class TranscriptLinesJson {
    private static final TypeReference<List<StoredLine>> LINES = new TypeReference<>() {
    };

    /** One line as stored: the field names are the ones lines have been stored with since they were first kept. */
    record StoredLine(String speaker, String text, long startOffsetMs) {
        static StoredLine of(TranscriptLine l) {
            return new StoredLine(l.speaker(), l.text(), l.startOffsetMs());
        }

        TranscriptLine toDomain() {
            return new TranscriptLine(speaker, text, startOffsetMs);
        }
    }

    @Inject
    ObjectMapper json;

    String write(List<TranscriptLine> lines) {
        try {
            return json.writeValueAsString(lines.stream().map(StoredLine::of).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("transcript lines could not be written", e);
        }
    }

    List<TranscriptLine> read(String lines) {
        try {
            List<StoredLine> stored = json.readValue(lines, LINES);
            return stored == null ? List.of() : stored.stream().map(StoredLine::toDomain).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("transcript lines could not be read", e);
        }
    }
}
