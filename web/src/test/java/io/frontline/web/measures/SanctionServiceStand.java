package io.frontline.web.measures;

import io.frontline.web.ServiceStand;
import io.frontline.web.ServiceStand.Answer;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A stand-in for sanction-service's measure endpoint, answering as the real service does for three measures in force
 * at ams-centrum, each with an objection: {@link #APPROVED_BY_READER} (pending; objectionDecision refused,
 * {@code approver}), {@link #OTHERS} (pending; objectionDecision allowed) and {@link #DECIDED} (decided already;
 * {@code no-pending-objection}). Any other id is the service's 404. The service's own rule is tested in
 * sanction-service (BanNoticeTest); this checks what the measure page makes of its answer.
 */
public final class SanctionServiceStand implements QuarkusTestProfile {
    static final String APPROVED_BY_READER = "5e1d2c3e-0000-4000-8000-000000000001";
    static final String OTHERS = "5e1d2c3e-0000-4000-8000-000000000002";
    static final String DECIDED = "5e1d2c3e-0000-4000-8000-000000000003";
    private static int port;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.rest-client.sanction-service.url", "http://127.0.0.1:" + start());
    }

    static synchronized int start() {
        if (port == 0) {
            port = ServiceStand.start(request -> {
                String measures = "/api/measures/";
                if (!"GET".equals(request.method())) {
                    return Answer.notFound();
                } else if (request.path().equals(measures + APPROVED_BY_READER)) {
                    return Answer.ok(measure(APPROVED_BY_READER, "null", "{\"allowed\":false,\"reason\":\"approver\"}"));
                } else if (request.path().equals(measures + OTHERS)) {
                    return Answer.ok(measure(OTHERS, "null", "{\"allowed\":true,\"reason\":null}"));
                } else if (request.path().equals(measures + DECIDED)) {
                    return Answer.ok(measure(DECIDED, "\"upheld\"",
                            "{\"allowed\":false,\"reason\":\"no-pending-objection\"}"));
                }
                return Answer.notFound();
            });
        }
        return port;
    }

    /** A written warning approved by henk.hq, proposed by noor.regional, objected to by the customer. */
    private static String measure(String id, String outcome, String objectionDecision) {
        boolean decided = !"null".equals(outcome);
        return "{\"id\":\"" + id + "\",\"type\":\"written-warning\",\"status\":\"active\","
                + "\"subjectKey\":\"sk-0123456789abcdef\",\"employeeId\":null,\"siteId\":\"ams-centrum\","
                + "\"contact\":null,\"entry\":null,\"staff\":null,\"duration\":null,"
                + "\"proposal\":{\"source\":\"manual\",\"rule\":null,\"explanation\":\"Threatened staff at the till\","
                + "\"history\":[],\"incidentId\":null,\"policeReportRecommended\":false,"
                + "\"proposedBy\":\"noor.regional\",\"proposedAt\":\"2026-11-20T09:00:00Z\"},"
                + "\"approvedBy\":\"henk.hq\",\"approvedAt\":\"2026-11-20T10:00:00Z\","
                + "\"startsAt\":\"2026-11-20T10:00:00Z\",\"until\":null,\"endedBy\":null,\"endedAt\":null,"
                + "\"endReason\":null,\"objectionDeadline\":\"2026-12-04T23:00:00Z\","
                + "\"objection\":{\"filedBy\":\"customer\",\"filedAt\":\"2026-11-21T09:00:00Z\","
                + "\"grounds\":\"It was not me\",\"decisionDue\":\"2026-12-05T23:00:00Z\",\"outcome\":" + outcome
                + ",\"reasonCode\":" + (decided ? "\"facts-confirmed\"" : "null")
                + ",\"decidedBy\":" + (decided ? "\"sanne.manager\"" : "null") + ",\"decidedAt\":"
                + (decided ? "\"2026-11-25T09:00:00Z\"" : "null") + ",\"reason\":"
                + (decided ? "\"The camera shows it\"" : "null") + "},\"wronglyImposed\":false,"
                + "\"approval\":{\"allowed\":false,\"reason\":\"not-proposed\"},"
                + "\"objectionDecision\":" + objectionDecision + "}";
    }
}
