package io.frontline.incident.application.domain.model.procedure;

import java.time.Instant;
import java.util.UUID;

/**
 * A party's reasoned written objection to management's decision and management's written answer (seed 004,
 * "Niet eens met de beslissing").
 */
public record Objection(UUID id, PartySide side, String objector, String reasons, Instant filedAt, String answer,
                        String answeredBy, Instant answeredAt) {
    public boolean answered() {
        return answeredAt != null;
    }

    Objection answer(String text, String by, Instant at) {
        return new Objection(id, side, objector, reasons, filedAt, text, by, at);
    }
}
