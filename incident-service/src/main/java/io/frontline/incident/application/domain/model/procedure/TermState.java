package io.frontline.incident.application.domain.model.procedure;

import java.time.Instant;
import java.util.UUID;

/**
 * Where one statutory term of a case stands (seed 004): when it runs out, when it was met (null while open),
 * and whether the parties were told it was missed (seed 004, Oordeel 4). {@code objectionId} names the
 * objection an {@link Term#OBJECTION_ANSWER} term belongs to.
 */
public record TermState(Term term, UUID objectionId, Instant dueAt, Instant metAt, boolean missedNoticeSent) {

    /** The term is open: not met yet. */
    public boolean open() {
        return metAt == null;
    }
}
