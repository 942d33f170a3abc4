package io.frontline.web.counsel;

import io.frontline.web.ServiceStand;
import io.frontline.web.ServiceStand.Answer;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for incident-service's counsellor-note endpoints, answering as the real service does for three notes:
 * {@link #WITH_ACCOUNT} (emma.staff, consent to investigate in force), {@link #ANONYMOUS} (no consent),
 * {@link #FORMAL} (emma.staff, consent to a formal complaint in force; filing answers reference UB-2026-000042) and any other
 * id refused (404, as the service answers everyone but the author). An action on a note without consent is the
 * service's 422. It records every request so a test can check what the page asked. The service's own rules are
 * tested in incident-service and on the running stack; this checks what the pages make of its answers.
 */
public final class IncidentServiceStand implements QuarkusTestProfile {
    static final String WITH_ACCOUNT = "6f1d2c3e-0000-4000-8000-000000000001";
    static final String ANONYMOUS = "6f1d2c3e-0000-4000-8000-000000000002";
    static final String FORMAL = "6f1d2c3e-0000-4000-8000-000000000003";
    static final String TEXT = "Zij durft niet naar de politie.";
    static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    private static int port;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.rest-client.incident-service.url", "http://127.0.0.1:" + start());
    }

    static synchronized int start() {
        if (port == 0) {
            port = ServiceStand.start(request -> {
                String method = request.method();
                String path = request.path();
                String body = request.body();
                REQUESTS.add(method + " " + path + (body.isEmpty() ? "" : " " + body));
                String notes = "/api/procedure/counsellor-notes";
                if (request.is("GET", notes + "/" + WITH_ACCOUNT)) {
                    return Answer.ok(note(WITH_ACCOUNT, "\"emma.staff\"", false, true,
                            "[{\"purpose\":\"investigate\",\"givenAt\":\"2026-11-20T10:00:00Z\",\"how\":\"own-account\","
                                    + "\"recordedBy\":\"emma.staff\",\"withdrawnAt\":null}]"));
                } else if (request.is("GET", notes + "/" + ANONYMOUS)) {
                    return Answer.ok(note(ANONYMOUS, "null", true, true, "[]"));
                } else if (request.is("GET", notes + "/" + FORMAL)) {
                    return Answer.ok(note(FORMAL, "\"emma.staff\"", false, true,
                            "[{\"purpose\":\"formal-complaint\",\"givenAt\":\"2026-11-20T10:00:00Z\","
                                    + "\"how\":\"own-account\",\"recordedBy\":\"emma.staff\",\"withdrawnAt\":null}]"));
                } else if (request.is("POST", "/api/procedure/complaints")) {
                    return new Answer(201,
                            "{\"id\":\"7a000000-0000-4000-8000-000000000001\",\"reference\":\"UB-2026-000042\"}");
                } else if (request.is("POST", notes + "/" + ANONYMOUS + "/actions")) {
                    return new Answer(422, "{\"type\":\"https://frontline.example/problems/unprocessable\",\"status\":422,"
                            + "\"detail\":\"The reporter has not given consent for this\"}");
                } else if (request.is("GET", "/api/procedure/my-counsellor-notes")) {
                    return Answer.ok("[{\"id\":\"" + WITH_ACCOUNT + "\",\"counsellor\":\"carla.counsellor\","
                            + "\"writtenAt\":\"2026-11-20T09:00:00Z\",\"consents\":[{\"purpose\":\"investigate\","
                            + "\"givenAt\":\"2026-11-20T10:00:00Z\",\"how\":\"own-account\",\"recordedBy\":\"emma.staff\","
                            + "\"withdrawnAt\":null}]}]");
                } else if (request.is("GET", notes)) {
                    return Answer.ok("{\"items\":[{\"id\":\"" + WITH_ACCOUNT + "\",\"reporter\":\"emma.staff\",\"anonymous\":false,"
                            + "\"reporterHasAccount\":true,\"writtenAt\":\"2026-11-20T09:00:00Z\","
                            + "\"consentsInForce\":[\"investigate\"],\"actions\":2}],\"next\":\"c2Vjb25k\"}");
                }
                return Answer.notFound();
            });
        }
        return port;
    }

    private static String note(String id, String reporter, boolean anonymous, boolean hasAccount, String consents) {
        return "{\"id\":\"" + id + "\",\"counsellor\":\"carla.counsellor\",\"reporter\":" + reporter
                + ",\"anonymous\":" + anonymous + ",\"reporterHasAccount\":" + hasAccount + ",\"text\":\"" + TEXT
                + "\",\"writtenAt\":\"2026-11-20T09:00:00Z\",\"consents\":" + consents + ",\"actions\":[]}";
    }
}
