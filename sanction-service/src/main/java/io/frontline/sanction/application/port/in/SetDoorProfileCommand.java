package io.frontline.sanction.application.port.in;

import io.frontline.platform.domain.RuleViolation;

import java.util.UUID;

/** The description of the person a measure is about, for the door list: free text and the structured fields. */
public record SetDoorProfileCommand(UUID measureId, String description, String height, String build, String hair,
                                    String clothing, String distinguishingMarks) {
    public SetDoorProfileCommand {
        if (measureId == null) {
            throw new RuleViolation("measureId", "The measure is required");
        }
    }
}
