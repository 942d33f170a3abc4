package io.frontline.sanction.application.port.in;

import io.frontline.platform.domain.RuleViolation;

import java.util.UUID;

/** "Seen at the door": which entry ban, at which site. Who and when come from the token and the clock. */
public record RecordSightingCommand(UUID measureId, String siteId) {
    public RecordSightingCommand {
        if (measureId == null) {
            throw new RuleViolation("measureId", "The measure is required");
        }
        if (siteId == null || siteId.isBlank()) {
            throw new RuleViolation("site", "The site is required");
        }
    }
}
