package io.frontline.incident.application.domain.model;

import java.util.Objects;

/**
 * Evidence whose bytes the service keeps itself (uploaded from the incident page or a phone), next to the
 * references to evidence kept elsewhere: the name it was uploaded under, its content type and size. The bytes are
 * found by the evidence's SHA-256 and never change.
 */
public record StoredFile(String fileName, String contentType, long size) {
    public StoredFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        if (size < 0) {
            throw new IllegalArgumentException("a file has no negative size");
        }
    }
}
