package io.frontline.complaint;

import io.frontline.platform.testing.MutableClock;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.client;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;

/** Calls of the complaint API as the people and systems who make them. */
public final class Api {
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private Api() {
    }

    /** A distinct public client address per call, so only the rate-limit tests meet the limit. */
    public static RequestSpecification publicClient() {
        int n = CLIENTS.incrementAndGet();
        return given().header("X-Forwarded-For", "198.51." + (n / 250 % 250) + "." + (n % 250 + 1))
                .contentType(ContentType.JSON);
    }

    /** In the answer of {@link #subjectExport}: the complaints this service holds about the customer. */
    public static final String OWN_COMPLAINTS =
            "services.find { it.service == 'complaint-service' }.held.find { it.kind == 'complaints' }.items";

    /** A customer's request for a copy of their data (POST /api/subject-requests) by the identifiers given. */
    public static ValidatableResponse subjectExport(String username, Map<String, Object> identifiers) {
        Map<String, Object> body = new HashMap<>(identifiers);
        body.put("action", "export");
        body.put("reason", "The customer's letter asking for their data");
        return as(username).body(body).post("/api/subject-requests").then();
    }

    public static RequestSpecification as(String username) {
        return given().header("Authorization", bearer(user(username))).contentType(ContentType.JSON);
    }

    public static RequestSpecification asClient(String clientId) {
        return given().header("Authorization", bearer(client(clientId)));
    }

    public static Map<String, Object> publicComplaint(String site, String category, String description,
                                                      Map<String, Object> contact) {
        Map<String, Object> body = new HashMap<>(Map.of("site", site, "channel", "web", "category", category,
                "subject", "Klacht over " + category, "description", description, "language", "nl"));
        if (contact != null) {
            body.put("contact", contact);
        }
        return body;
    }

    /** Files through the public form; answers {reference, trackingSecret, ...}. */
    public static ValidatableResponse filePublic(Map<String, Object> body) {
        return publicClient().body(body).post("/api/public/complaints").then().statusCode(201);
    }

    /** Files as staff of the site; answers the complaint with its id and tracking secret. */
    public static ValidatableResponse fileAs(String username, String site, String category, String channel) {
        return as(username).body(Map.of("site", site, "channel", channel, "category", category,
                        "subject", "Klacht", "description", "De klant beschrijft het probleem.", "language", "nl"))
                .post("/api/complaints").then().statusCode(201);
    }

    public static ValidatableResponse step(String username, String id, String action, Map<String, Object> body) {
        RequestSpecification request = as(username);
        if (body != null) {
            request = request.body(body);
        }
        return request.post("/api/complaints/" + id + "/" + action).then();
    }

    public static ValidatableResponse track(String reference, String secret) {
        RequestSpecification request = publicClient();
        if (secret != null) {
            request = request.header("X-Tracking-Secret", secret);
        }
        return request.get("/api/public/complaints/" + reference).then();
    }

    public static void at(String instant) {
        MutableClock.shared().set(Instant.parse(instant));
    }

    /** The event types the outbox holds for one complaint, in the order written. */
    public static List<String> eventTypes(DataSource dataSource, String complaintId) throws Exception {
        List<String> types = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT event_type FROM frontline_outbox WHERE record_key = ? ORDER BY id")) {
            s.setString(1, complaintId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    types.add(rs.getString(1));
                }
            }
        }
        return types;
    }

    /** The event payloads the outbox holds for one complaint. */
    public static List<String> eventPayloads(DataSource dataSource, String complaintId) throws Exception {
        List<String> payloads = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT payload FROM frontline_outbox WHERE record_key = ? ORDER BY id")) {
            s.setString(1, complaintId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    payloads.add(rs.getString(1));
                }
            }
        }
        return payloads;
    }
}
