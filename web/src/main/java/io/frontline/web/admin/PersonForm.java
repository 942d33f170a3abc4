package io.frontline.web.admin;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person as the directory form holds it: what the administrator typed, sent to notification-service as is
 * (the service checks it; its refusals come back next to the fields).
 */
public record PersonForm(String id, String name, String email, String language, String timeZone, String quietStart,
                         String quietEnd, List<String> roles, List<String> sites, List<String> regions, String mobile,
                         String webhookUrl) {
    public PersonForm {
        roles = roles == null ? List.of() : List.copyOf(roles);
        sites = sites == null ? List.of() : List.copyOf(sites);
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    static PersonForm empty() {
        return new PersonForm(null, null, null, "nl", "Europe/Amsterdam", null, null, List.of("staff"), List.of(),
                List.of(), null, null);
    }

    static PersonForm of(JsonNode p) {
        return new PersonForm(text(p, "id"), text(p, "name"), text(p, "email"), text(p, "language"),
                text(p, "timeZone"), p.path("quietHours").isObject() ? text(p.path("quietHours"), "start") : null,
                p.path("quietHours").isObject() ? text(p.path("quietHours"), "end") : null, list(p.path("roles")),
                list(p.path("sites")), list(p.path("regions")), text(p, "mobile"), text(p, "webhookUrl"));
    }

    /** The body of notification-service's {@code PersonBody}; blanks are left out, so the service names them. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", strip(id));
        body.put("name", strip(name));
        body.put("email", strip(email));
        body.put("language", strip(language));
        body.put("timeZone", strip(timeZone));
        if (strip(quietStart) != null || strip(quietEnd) != null) {
            Map<String, Object> quiet = new LinkedHashMap<>();
            quiet.put("start", strip(quietStart));
            quiet.put("end", strip(quietEnd));
            body.put("quietHours", quiet);
        }
        body.put("roles", roles);
        body.put("sites", sites);
        body.put("regions", regions);
        body.put("mobile", strip(mobile));
        body.put("webhookUrl", strip(webhookUrl));
        return body;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasSite(String site) {
        return sites.contains(site);
    }

    public boolean hasRegion(String region) {
        return regions.contains(region);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.path(field).asText() : null;
    }

    private static List<String> list(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
