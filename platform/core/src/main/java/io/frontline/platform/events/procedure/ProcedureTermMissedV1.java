package io.frontline.platform.events.procedure;

import io.frontline.platform.events.EventCodec;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code frontline.procedure.term-missed.v1}: a statutory term of the procedure passed unmet (seed 004:
 * "Indien de genoemde termijn wordt overschreden, ontvangt de klager en degene over wie is geklaagd, daarvan
 * bericht met opgave van de afhandelingsduur"). notification-service tells both parties which term, its due
 * date and the expected handling time; no complaint text, no names of witnesses or reporters.
 */
public record ProcedureTermMissedV1(String complaintId, String reference, String term, Instant dueAt,
                                    Instant expectedBy, int expectedHandlingDays, String complainantUserId,
                                    String accusedUserId) implements EventCodec.Validated {
    @Override
    public void validate() {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(expectedBy, "expectedBy");
        Objects.requireNonNull(complainantUserId, "complainantUserId");
        Objects.requireNonNull(accusedUserId, "accusedUserId");
    }
}
