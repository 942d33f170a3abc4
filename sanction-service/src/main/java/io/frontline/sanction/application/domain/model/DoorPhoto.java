package io.frontline.sanction.application.domain.model;

import io.frontline.platform.domain.RuleViolation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A photo of the person a measure is about, for recognition at the door only: uploaded by a manager with the lawful
 * basis recorded ("legitimate interest: repeated violence, incident INC-…"). No biometric matching, no face search.
 */
public record DoorPhoto(UUID id, UUID measureId, String contentType, long sizeBytes, String lawfulBasis,
                        String uploadedBy, Instant uploadedAt) {
    public DoorPhoto {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        if (lawfulBasis == null || lawfulBasis.isBlank()) {
            throw new RuleViolation("lawfulBasis", "A photo needs the lawful basis it is kept on");
        }
        lawfulBasis = lawfulBasis.strip();
        if (lawfulBasis.length() > 500) {
            throw new RuleViolation("lawfulBasis", "At most 500 characters");
        }
    }
}
