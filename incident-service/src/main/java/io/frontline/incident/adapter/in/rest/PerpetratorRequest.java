package io.frontline.incident.adapter.in.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the reporter knows of the perpetrator. The identifier (a phone number, e-mail address or
 * loyalty-card number) is turned into a subject key as soon as the request is valid and then dropped:
 * it is never stored, logged or returned.
 */
@IdentifierWithKind
public record PerpetratorRequest(
        @Pattern(regexp = "phone|email|loyalty-card", message = "must be phone, email or loyalty-card") String identifierKind,
        @Size(max = 320) String identifier,
        @Size(max = 2000) String description) {

    boolean hasIdentifier() {
        return identifier != null && !identifier.isBlank();
    }

    /** Never prints the raw identifier, whoever logs this. */
    @Override
    public String toString() {
        return "PerpetratorRequest[identifierKind=" + identifierKind + ", identifier="
                + (hasIdentifier() ? "(withheld)" : "none") + ", description=" + (description == null ? "none" : "(given)")
                + "]";
    }
}
