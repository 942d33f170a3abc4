package io.frontline.web.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A service's refusal (problem+json, RFC 9457) as a page can show it: the status, and the message per field
 * the service named.
 */
public record ServiceRefusal(int status, Map<String, String> fields, long retryAfterSeconds) {

    public static ServiceRefusal of(WebApplicationException e) {
        Response response = e.getResponse();
        JsonNode problem = MissingNode.getInstance();
        try {
            if (response.hasEntity() || response.getLength() != 0) {
                problem = response.readEntity(JsonNode.class);
            }
        } catch (RuntimeException unreadable) {
            // a body that is not problem+json: the status says enough
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (JsonNode violation : problem.path("errors")) {
            String field = violation.path("field").asText("");
            fields.putIfAbsent(field.substring(field.lastIndexOf('.') + 1), violation.path("message").asText(""));
        }
        long retry = 0;
        String header = response.getHeaderString("Retry-After");
        if (header != null && header.trim().matches("\\d{1,9}")) {
            retry = Long.parseLong(header.trim());
        }
        return new ServiceRefusal(response.getStatus(), fields, retry);
    }

    public boolean tooMany() {
        return status == 429;
    }

    public boolean tooLarge() {
        return status == 413;
    }
}
