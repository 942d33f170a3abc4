package io.frontline.complaint.application.domain.model;

/**
 * How to reach the complainant. Kept apart from the complaint text, never in events or logs, erased after
 * the retention period (seed 002: personal data of complainants is protected). Every part is optional.
 */
public record ComplainantContact(String name, String email, String phone) {
    public ComplainantContact {
        name = blankToNull(name);
        email = blankToNull(email);
        phone = blankToNull(phone);
    }

    public boolean isEmpty() {
        return name == null && email == null && phone == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        // Never print contact data, not even by accident in a log line.
        return "ComplainantContact[redacted]";
    }
}
