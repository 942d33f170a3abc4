package io.frontline.sanction.application.port.in;

import io.frontline.platform.domain.RuleViolation;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.sanction.application.domain.model.Channel;

import java.util.Objects;

/** Subject, site and channel (a door check is in person), and the department or employee contacted, if any. */
public record CheckBanCommand(SubjectKey subjectKey, String siteId, Channel channel, String departmentId,
                              String employeeId) {
    public CheckBanCommand {
        Objects.requireNonNull(subjectKey, "subjectKey");
        if (siteId == null || siteId.isBlank()) {
            throw new RuleViolation("site", "The site is required");
        }
        channel = channel == null ? Channel.IN_PERSON : channel;
        departmentId = departmentId == null || departmentId.isBlank() ? null : departmentId;
        employeeId = employeeId == null || employeeId.isBlank() ? null : employeeId;
    }
}
