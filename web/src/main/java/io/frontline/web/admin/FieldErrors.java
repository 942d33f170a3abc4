package io.frontline.web.admin;

import io.frontline.web.services.ServiceRefusal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * notification-service's refusal of a person (400 for a malformed field, 422 for a rule, 409 for an id in use)
 * as messages next to the form's fields, in the reader's language. The service names the field; the text is ours,
 * so a Japanese reader does not get the service's English.
 */
final class FieldErrors {
    private FieldErrors() {
    }

    static Map<String, String> of(ServiceRefusal refusal, AdminMessages m) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (refusal.status() == 409) {
            errors.put("id", m.error_id_taken());
            return errors;
        }
        for (String field : refusal.fields().keySet()) {
            String key = switch (field) {
                case "start", "end", "quietHours" -> "quiet";
                default -> field;
            };
            String message = switch (key) {
                case "id" -> m.error_id();
                case "name" -> m.error_name();
                case "email" -> m.error_email();
                case "language" -> m.error_language();
                case "timeZone" -> m.error_time_zone();
                case "quiet" -> m.error_quiet();
                case "roles" -> m.error_roles();
                case "sites" -> m.error_sites();
                case "regions" -> m.error_regions();
                case "mobile" -> m.error_mobile();
                case "webhookUrl" -> m.error_webhook();
                default -> null;
            };
            if (message != null) {
                errors.putIfAbsent(key, message);
            }
        }
        if (errors.isEmpty() && (refusal.status() == 400 || refusal.status() == 422)) {
            errors.put("form", m.error_form());
        }
        return errors;
    }
}
