package io.frontline.web.staff;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.web.i18n.Texts;

/** What incident-service says happens next, in the reader's language (its codes, rendered here). */
final class NextSteps {
    private NextSteps() {
    }

    static String contact(JsonNode contact, Texts texts) {
        return contact.path("role").isTextual() ? texts.get("role_", contact.path("role").asText())
                : contact.asText("");
    }

    static String careStep(JsonNode step, Texts texts) {
        return step.path("task").isTextual() ? texts.get("care_", step.path("task").asText()) : step.asText("");
    }
}
