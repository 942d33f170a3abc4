package io.frontline.web.admin;

import io.frontline.web.ServiceStand;
import io.frontline.web.ServiceStand.Answer;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for notification-service's directory list ({@code /api/admin/directory}), answering as the real service
 * does (issue 15): each person with {@code smsPaging} — Bram and Ruben are managers whom critical alerts would page by
 * SMS but who have no mobile number, Noor has one, Hanna (HR) is paged by nothing; {@code smsPaging=missing} keeps
 * Bram and Ruben, a search keeps whom it names. Which people the service counts is tested there
 * (DirectorySmsPagingTest); this checks what the page makes of the answer.
 */
public final class NotificationServiceStand implements QuarkusTestProfile {
    /** Every request as "GET /path?query". */
    static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    private static int port;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.rest-client.notification-service.url", "http://127.0.0.1:" + start());
    }

    static synchronized int start() {
        if (port == 0) {
            port = ServiceStand.start(request -> {
                REQUESTS.add(request.method() + " " + request.path() + "?" + request.query());
                if (!request.path().equals("/api/admin/directory")) {
                    return new Answer(404, "{\"status\":404}");
                }
                List<String> people = "missing".equals(request.parameter("smsPaging")) ? List.of(BRAM, RUBEN)
                        : List.of(BRAM, HANNA, NOOR, RUBEN);
                String q = request.parameter("q");
                return Answer.ok("[" + String.join(",", people.stream()
                        .filter(p -> q == null || p.contains("\"id\": \"" + q)).toList()) + "]");
            });
        }
        return port;
    }

    private static String person(String id, String name, String role, boolean reachable, boolean needed) {
        return """
                {"person": {"id": "%s", "name": "%s", "email": "%s@demo-retail.example", "language": "nl",
                  "timeZone": "Europe/Amsterdam", "roles": ["%s"], "sites": [], "regions": [],
                  "smsPaging": {"reachable": %s, "needed": %s}},
                 "active": true, "deactivatedAt": null, "deactivatedBy": null}
                """.formatted(id, name, id, role, reachable, needed);
    }

    private static final String BRAM = person("bram.manager", "Bram Smit", "site-manager", false, true);
    private static final String HANNA = person("hanna.hr", "Hanna Vos", "hr", false, false);
    private static final String NOOR = person("noor.regional", "Noor Meijer", "regional-manager", true, true);
    private static final String RUBEN = person("ruben.supervisor", "Ruben de Boer", "site-manager", false, true);
}
