package io.frontline.web.admin;

import io.frontline.web.ServiceStand;
import io.frontline.web.ServiceStand.Answer;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for complaint-service's one place to ask ({@code /api/subject-requests}), answering as the real service
 * does: an export that incident-service answered (one incident), notification-service did not (unreachable) and
 * prevention-service was not asked; an identifier "refused@example.org" is the service's 422 on the e-mail. The
 * orchestration itself is tested in complaint-service (SubjectRequestTest); this checks what the page makes of it.
 */
public final class ComplaintServiceStand implements QuarkusTestProfile {
    static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    private static int port;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.rest-client.complaint-service.url", "http://127.0.0.1:" + start());
    }

    static synchronized int start() {
        if (port == 0) {
            port = ServiceStand.start(request -> {
                REQUESTS.add(request.method() + " " + request.path() + " " + request.body());
                if (!request.path().equals("/api/subject-requests")) {
                    return new Answer(404, "{\"status\":404}");
                } else if ("GET".equals(request.method())) {
                    return Answer.ok(RECORDED);
                } else if (request.body().contains("refused@example.org")) {
                    return new Answer(422, "{\"status\":422,\"detail\":\"This is not a valid e-mail address\","
                            + "\"errors\":[{\"field\":\"email\",\"message\":\"This is not a valid e-mail address\"}]}");
                }
                return Answer.ok(ANSWER);
            });
        }
        return port;
    }

    private static final String ANSWER = """
            {"id": "0b1d2c3e-0000-4000-8000-000000000001", "action": "export", "requestedBy": "henk.hq",
             "requestedAt": "2026-11-30T03:00:00Z", "complete": false, "services": [
              {"service": "complaint-service", "status": "answered", "held": [{"kind": "complaints", "items": []}]},
              {"service": "incident-service", "status": "answered", "held": [{"kind": "incidents", "items": [
                {"reference": "INC-2026-000777", "status": "closed", "perpetratorDescription": null}]}]},
              {"service": "sanction-service", "status": "answered", "held": [{"kind": "measures", "items": []}]},
              {"service": "notification-service", "status": "unreachable",
               "note": "The service did not answer in time; ask again later."},
              {"service": "prevention-service", "status": "not-asked",
               "note": "Not asked: prevention-service keeps no customer identifiers by design."}]}
            """;

    private static final String RECORDED = """
            {"items": [{"id": "0b1d2c3e-0000-4000-8000-000000000002", "action": "erase", "requestedBy": "ada.admin",
              "requestedAt": "2026-11-29T14:05:00Z", "reason": "Letter of 28 November", "subjectKeys": ["sk1_x"],
              "complete": true, "services": [{"service": "complaint-service", "status": "answered", "count": 1,
              "kept": 0}]}], "next": null}
            """;
}
