package io.frontline.incident.application.domain.model;

import io.frontline.platform.domain.RuleViolation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A reference to evidence kept elsewhere (a camera recording, a call recording, a transcript), with the
 * SHA-256 of its content so that any later change shows; or a file uploaded to the service ({@code file}), whose
 * bytes it keeps under that SHA-256, computed by the service itself. Immutable once added: there is no way to
 * change or remove it (seed 000: video recordings as a source of facts).
 */
public record Evidence(UUID id, UUID incidentId, EvidenceKind kind, String uri, String sha256, Instant capturedAt,
                       String addedBy, Instant addedAt, StoredFile file) {
    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    public Evidence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(addedBy, "addedBy");
        Objects.requireNonNull(addedAt, "addedAt");
        if (uri == null || uri.isBlank()) {
            throw new RuleViolation("uri", "Evidence needs the address where it is kept");
        }
        if (sha256 == null || !SHA_256.matcher(sha256).matches()) {
            throw new RuleViolation("sha256", "Must be the SHA-256 of the content: 64 lower-case hex digits");
        }
        if (capturedAt != null && capturedAt.isAfter(addedAt)) {
            throw new RuleViolation("capturedAt", "Evidence cannot be captured after it was added");
        }
    }

    /** A reference to evidence kept elsewhere. */
    public Evidence(UUID id, UUID incidentId, EvidenceKind kind, String uri, String sha256, Instant capturedAt,
                    String addedBy, Instant addedAt) {
        this(id, incidentId, kind, uri, sha256, capturedAt, addedBy, addedAt, null);
    }

    /** Whether the service keeps the bytes itself. */
    public boolean stored() {
        return file != null;
    }
}
