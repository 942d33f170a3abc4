package io.frontline.sanction.application.port.in;

import io.frontline.platform.domain.RuleViolation;

import java.util.UUID;

/** A photo for a measure's door profile: the bytes, the type the uploader declared, and the lawful basis. */
public record UploadDoorPhotoCommand(UUID measureId, byte[] content, String declaredType, String lawfulBasis) {
    public UploadDoorPhotoCommand {
        if (measureId == null) {
            throw new RuleViolation("measureId", "The measure is required");
        }
        if (content == null || content.length == 0) {
            throw new RuleViolation("file", "The photo is empty");
        }
        if (lawfulBasis == null || lawfulBasis.isBlank()) {
            throw new RuleViolation("lawfulBasis", "A photo needs the lawful basis it is kept on");
        }
    }
}
