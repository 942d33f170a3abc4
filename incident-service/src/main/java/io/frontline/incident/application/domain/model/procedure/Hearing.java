package io.frontline.incident.application.domain.model.procedure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A closed hearing of the committee (seed 004, Klachtenprocedure 4, 6, 9, 10): who was heard, the written
 * record, and for everyone present the mark "seen" or the refusal with its reason.
 */
public record Hearing(UUID id, Instant heldAt, String recordedBy, List<String> heard, String record,
                      List<HearingAcknowledgement> acknowledgements) {
    public Hearing {
        heard = List.copyOf(heard);
        acknowledgements = List.copyOf(acknowledgements);
    }
}
