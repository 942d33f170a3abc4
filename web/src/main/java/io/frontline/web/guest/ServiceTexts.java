package io.frontline.web.guest;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.web.i18n.Texts;

/**
 * A text a service made for a person: a code with parameters, rendered here in the reader's language. What a
 * person typed (a reply, the handler's answer) comes as text and is shown as typed.
 */
final class ServiceTexts {
    private ServiceTexts() {
    }

    static String render(JsonNode entry, Texts texts) {
        return entry.path("text").asText("");
    }
}
