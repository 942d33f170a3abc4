package io.frontline.incident.adapter.in.rest.procedure;

import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;

/** Steps of the procedure as the demo users take them through the API. */
final class ProcedureFixtures {
    static final String COMPLAINTS = "/api/procedure/complaints";

    private ProcedureFixtures() {
    }

    static RequestSpecification as(String username) {
        return given().header("Authorization", bearer(user(username))).contentType(ContentType.JSON);
    }

    /** emma.staff complains about daan.staff. */
    static String fileComplaint() {
        return as("emma.staff").body(Map.of("complainant", "emma.staff", "accused", "daan.staff",
                        "complaint", "Daan maakt sinds maart seksueel getinte opmerkingen tegen mij in de kantine."))
                .post(COMPLAINTS).then().statusCode(201).extract().path("id");
    }

    static void hear(String complaintId, String member, String person) {
        as(member).body(Map.of("heard", List.of(person), "record", "Verslag van het horen van " + person,
                        "acknowledgements", List.of(Map.of("person", person, "seen", true),
                                Map.of("person", member, "seen", true))))
                .post(COMPLAINTS + "/" + complaintId + "/hearings").then().statusCode(201);
    }

    static void vote(String complaintId, String member, String finding) {
        as(member).body(Map.of("finding", finding)).post(COMPLAINTS + "/" + complaintId + "/votes")
                .then().statusCode(204);
    }

    static Map<String, Object> report(String finding, Map<String, Object> advisedSanction) {
        Map<String, Object> advice = new HashMap<>();
        advice.put("measures", "Gesprek met leidinggevende en excuses");
        advice.put("sanction", advisedSanction);
        return Map.of("affected", List.of("emma.staff"), "finding", finding, "caseAdvice", advice,
                "generalAdvice", "Training omgangsvormen voor alle vestigingen");
    }

    /** Filed, both sides heard, two founded votes, reported with a three-day suspension as advice. */
    static String reportedWithSuspensionAdvised() {
        String id = fileComplaint();
        hear(id, "kees.committee", "emma.staff");
        hear(id, "kees.committee", "daan.staff");
        vote(id, "kees.committee", "founded");
        vote(id, "omar.committee", "founded");
        as("omar.committee").body(report("founded", Map.of("type", "suspension", "suspensionDays", 3)))
                .post(COMPLAINTS + "/" + id + "/report").then().statusCode(201);
        return id;
    }

    /** Payloads the service wrote to the outbox for this complaint and event type, oldest first. */
    static List<String> outbox(AgroalDataSource dataSource, String complaintId, String type) throws Exception {
        List<String> payloads = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT payload FROM frontline_outbox WHERE record_key = ? AND event_type = ? ORDER BY id")) {
            s.setString(1, complaintId);
            s.setString(2, type);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    payloads.add(rs.getString(1));
                }
            }
        }
        return payloads;
    }
}
