package io.frontline.prevention.application.port.in;

import io.frontline.platform.domain.RuleViolation;

import java.time.LocalDate;

/**
 * A business partner's report from the public form: the organisation, who reports and how to reach them (optional;
 * the tracking page always works), where it happened, the employee as they can describe them, and what happened.
 */
public record FilePartnerReportCommand(String organisation, String reporterName, String reporterContact,
                                       String siteId, String employeeDescription, String description,
                                       LocalDate occurredOn) {
    public FilePartnerReportCommand {
        organisation = limited(organisation, "organisation", 200, true);
        reporterName = limited(reporterName, "reporterName", 200, false);
        reporterContact = limited(reporterContact, "reporterContact", 200, false);
        employeeDescription = limited(employeeDescription, "employeeDescription", 1000, false);
        description = limited(description, "description", 8000, true);
    }

    private static String limited(String value, String field, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new RuleViolation(field, "Please fill this in");
            }
            return null;
        }
        if (value.length() > max) {
            throw new RuleViolation(field, "At most " + max + " characters");
        }
        return value.strip();
    }
}
