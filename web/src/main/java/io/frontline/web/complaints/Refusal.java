package io.frontline.web.complaints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.frontline.web.services.ServiceRefusal;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * complaint-service's refusal of a step (problem+json): its status, its problem type (the code the page words in the
 * reader's language), the fields it names and the service's own words ({@code detail}), shown beside our words.
 */
record Refusal(int status, String type, String detail, Map<String, String> fields, long retryAfterSeconds) {
    private static final String PROBLEMS = "/problems/";

    static Refusal of(WebApplicationException e) {
        Response response = e.getResponse();
        JsonNode problem = MissingNode.getInstance();
        try {
            if (response.hasEntity() || response.getLength() != 0) {
                problem = response.readEntity(JsonNode.class);
            }
        } catch (RuntimeException unreadable) {
            // not problem+json: the status says enough
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (JsonNode violation : problem.path("errors")) {
            String field = violation.path("field").asText("");
            fields.putIfAbsent(field.substring(field.lastIndexOf('.') + 1), violation.path("message").asText(""));
        }
        String type = problem.path("type").asText("");
        long retry = 0;
        String header = response.getHeaderString("Retry-After");
        if (header != null && header.trim().matches("\\d{1,9}")) {
            retry = Long.parseLong(header.trim());
        }
        int at = type.indexOf(PROBLEMS);
        return new Refusal(response.getStatus(), at < 0 ? type : type.substring(at + PROBLEMS.length()),
                problem.path("detail").asText(null), fields, retry);
    }

    /** Shown on the page beside the form (a step refused by a rule or the state); else a page of its own. */
    boolean belongsOnThePage() {
        return status == 400 || status == 409 || status == 422 || (status == 403 && type.startsWith("forbidden/"));
    }

    ServiceRefusal asServiceRefusal() {
        return new ServiceRefusal(status, fields, retryAfterSeconds);
    }

    /** The refusal in the reader's words. */
    String explained(ComplaintTexts texts) {
        ComplaintMessages m = texts.messages();
        if (type.equals("forbidden/proposer")) {
            return m.refused_proposer();
        }
        if (type.equals("forbidden/conduct-assessor")) {
            return m.refused_conduct_assessor();
        }
        if (status == 409) {
            return m.refused_state();
        }
        if (status == 422 && detail != null && detail.contains("judged reasonable")) {
            return m.refused_reasonable_demand();
        }
        if (status == 400) {
            return m.refused_invalid();
        }
        return m.refused_rule();
    }
}
