package io.frontline.incident.application.domain.model.procedure;

import java.time.Instant;
import java.util.UUID;

/** Audit line: who tried to read which counsellor note when, and whether it was shown. */
public record NoteReadAttempt(UUID noteId, String reader, Instant attemptedAt, boolean granted) {
}
