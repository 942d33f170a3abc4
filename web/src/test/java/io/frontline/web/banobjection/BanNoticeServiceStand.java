package io.frontline.web.banobjection;

import io.frontline.web.ServiceStand;
import io.frontline.web.ServiceStand.Answer;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A stand-in for sanction-service's public ban-notice endpoint, answering as the real service does for one entry ban
 * whose objection was decided: overturned, reason code {@code facts-not-established}, and the decider's own words in
 * Dutch. It answers only with the right secret in {@code X-Tracking-Secret}; anything else is the service's 404. The
 * service's own rule is tested in sanction-service (BanNoticeTest); this checks what the customer's page makes of it.
 */
public final class BanNoticeServiceStand implements QuarkusTestProfile {
    static final String REFERENCE = "BN-7K4M-Q9RT";
    static final String SECRET = "s3cr3t-of-the-notice";
    static final String DECIDER_WORDS = "De camerabeelden tonen een andere persoon";
    private static int port;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.rest-client.sanction-service.url", "http://127.0.0.1:" + start());
    }

    static synchronized int start() {
        if (port == 0) {
            port = ServiceStand.start(request -> {
                boolean known = request.is("GET", "/api/public/ban-notices/" + REFERENCE)
                        && SECRET.equals(request.headers().getFirst("X-Tracking-Secret"));
                return known ? Answer.ok(decided()) : Answer.notFound();
            });
        }
        return port;
    }

    private static String decided() {
        return "{\"reference\":\"" + REFERENCE + "\",\"measureType\":\"entry-ban\",\"status\":\"lifted\","
                + "\"siteId\":\"ams-centrum\",\"coverage\":\"sites\",\"siteIds\":[\"ams-centrum\"],\"regionId\":null,"
                + "\"channels\":[],\"alternativeChannel\":null,\"startsAt\":\"2026-11-20T10:00:00Z\","
                + "\"until\":\"2027-02-20T10:00:00Z\",\"endedAt\":\"2026-11-28T09:00:00Z\","
                + "\"objectionDeadline\":\"2026-12-04T23:00:00Z\",\"objectionOpen\":false,"
                + "\"objection\":{\"filedAt\":\"2026-11-21T09:00:00Z\",\"decisionDue\":\"2026-12-05T23:00:00Z\","
                + "\"late\":false,\"outcome\":\"overturned\",\"reasonCode\":\"facts-not-established\","
                + "\"decidedAt\":\"2026-11-28T09:00:00Z\",\"decisionReason\":\"" + DECIDER_WORDS + "\"}}";
    }
}
