package io.frontline.incident.application.port.in;

import io.frontline.incident.application.domain.model.EvidenceKind;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.RuleViolation;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A file uploaded as evidence of an incident: where its bytes wait (the upload's temporary file), the name and
 * content type it came with, and optionally its kind (else taken from the content type) and when it was captured.
 * The service computes its SHA-256 itself; nothing the uploader says about the content is trusted.
 */
public record UploadEvidenceCommand(Actor actor, UUID incidentId, Path content, String fileName, String contentType,
                                    EvidenceKind kind, Instant capturedAt) {
    public static final int MAX_FILE_NAME = 255;

    public UploadEvidenceCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(incidentId, "incidentId");
        if (content == null) {
            throw new RuleViolation("file", "A file is required");
        }
        fileName = cleanName(fileName);
    }

    /** Only the last part of a path, without control characters, at most 255 characters; "evidence" when none. */
    static String cleanName(String name) {
        if (name == null) {
            return "evidence";
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (last.isEmpty() || last.equals(".") || last.equals("..")) {
            return "evidence";
        }
        return last.length() > MAX_FILE_NAME ? last.substring(last.length() - MAX_FILE_NAME) : last;
    }
}
