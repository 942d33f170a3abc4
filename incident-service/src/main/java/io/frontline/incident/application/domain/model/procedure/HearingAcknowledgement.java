package io.frontline.incident.application.domain.model.procedure;

import io.frontline.platform.domain.RuleViolation;

/**
 * A person present at a hearing marked its written record as seen, or refused, and the reason is recorded
 * (seed 004, Klachtenprocedure 10: "door alle betrokkenen voor gezien wordt ondertekend. Indien een
 * betrokkene dit weigert, wordt de reden daarvan in het rapport vermeld").
 */
public record HearingAcknowledgement(String person, boolean seen, String refusalReason) {
    public HearingAcknowledgement {
        if (person == null || person.isBlank()) {
            throw new RuleViolation("acknowledgements.person", "Each acknowledgement names the person present");
        }
        if (!seen && (refusalReason == null || refusalReason.isBlank())) {
            throw new RuleViolation("acknowledgements.refusalReason",
                    "A refusal to sign the hearing record states its reason");
        }
        refusalReason = seen ? null : refusalReason.strip();
    }
}
