package io.frontline.sanction.adapter.in.rest;

import io.frontline.platform.domain.WireName;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.security.IdentifierKind;
import io.frontline.platform.security.SubjectKeys;
import jakarta.ws.rs.BadRequestException;

import java.time.Period;
import java.time.format.DateTimeParseException;

/**
 * Values on the wire that are not enums (those go through {@link WireName#parse}): periods, subject keys and a
 * request's customer. A bad one is a 400 that names the field, never the value given (it could be personal data).
 */
final class Wire {
    private Wire() {
    }

    static Period period(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Period.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(field + " must be an ISO-8601 period such as P1M or P14D");
        }
    }

    static SubjectKey subjectKey(String value, String field) {
        if (!SubjectKey.isValid(value)) {
            throw new BadRequestException(field + " is not a subject key (sk1_ and 43 characters)");
        }
        return new SubjectKey(value);
    }

    /**
     * The customer of a request: a subject key, or a raw identifier hashed here and forgotten at once. The
     * raw value goes no further than this method: not into the command, the database, an event or a log.
     */
    static SubjectKey customer(String subjectKey, String identifierKind, String identifier, SubjectKeys keys) {
        boolean raw = identifier != null && !identifier.isBlank();
        if (subjectKey != null && !subjectKey.isBlank()) {
            if (raw) {
                throw new BadRequestException("Give either subjectKey or identifier, not both");
            }
            return subjectKey(subjectKey, "subjectKey");
        }
        if (!raw) {
            throw new BadRequestException("subjectKey or identifierKind with identifier is required");
        }
        IdentifierKind kind = WireName.parse(IdentifierKind.class, identifierKind, "identifierKind");
        if (kind == null) {
            throw new BadRequestException("identifierKind is required with an identifier");
        }
        return keys.of(kind, identifier);
    }
}
