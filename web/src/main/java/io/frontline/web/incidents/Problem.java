package io.frontline.web.incidents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.frontline.web.services.ServiceRefusal;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A service's refusal of an action on the incident page (problem+json): its status, its detail, and the fields it
 * named with their messages — the field is the code the page words in the reader's language.
 */
record Problem(int status, String detail, Map<String, String> fields) {

    static Problem of(WebApplicationException e) {
        Response response = e.getResponse();
        JsonNode body = MissingNode.getInstance();
        try {
            if (response.hasEntity() || response.getLength() != 0) {
                body = response.readEntity(JsonNode.class);
            }
        } catch (RuntimeException unreadable) {
            // not problem+json: the status says enough
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (JsonNode error : body.path("errors")) {
            String field = error.path("field").asText("");
            fields.putIfAbsent(field.substring(field.lastIndexOf('.') + 1), error.path("message").asText(""));
        }
        return new Problem(response.getStatus(), body.path("detail").asText(""), fields);
    }

    /** For the friendly pages of a refusal that ends the page (not found, forbidden, the service away). */
    ServiceRefusal refusal() {
        return new ServiceRefusal(status, fields, 0);
    }

    /** Whether the page itself should give way to a friendly page rather than show the refusal in place. */
    boolean endsThePage() {
        return status == 401 || status == 403 || status == 404 || status == 429 || status >= 500;
    }
}
