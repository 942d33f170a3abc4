package io.frontline.incident;

import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;

/** Reporting and workflow steps as the REST API takes them, for the module's tests. */
public final class Reports {
    private Reports() {
    }

    /** An e-mail address nobody else in the test run uses, so its subject key is fresh. */
    public static String freshEmail() {
        return "klant-" + UUID.randomUUID() + "@example.nl";
    }

    public static Map<String, Object> body(String site, List<String> types, String email) {
        Map<String, Object> body = new HashMap<>(Map.of("site", site, "types", types,
                "description", "Klant werd agressief aan de balie."));
        if (email != null) {
            body.put("perpetrator", Map.of("identifierKind", "email", "identifier", email));
        }
        return body;
    }

    /** Reports as {@code user}; returns the response body as a map. */
    public static Map<String, Object> report(String user, String site, List<String> types, String email) {
        return given().header("Authorization", bearer(user(user))).contentType(ContentType.JSON)
                .body(body(site, types, email)).post("/api/incidents")
                .then().statusCode(201).extract().jsonPath().getMap("$");
    }

    public static io.restassured.response.ValidatableResponse step(String user, String id, String step, String note) {
        return given().header("Authorization", bearer(user(user))).contentType(ContentType.JSON)
                .body(note == null ? Map.of() : Map.of("note", note))
                .post("/api/incidents/" + id + "/" + step).then();
    }

    public static void statement(String user, String id, String role, String text) {
        given().header("Authorization", bearer(user(user))).contentType(ContentType.JSON)
                .body(Map.of("authorRole", role, "text", text))
                .post("/api/incidents/" + id + "/statements").then().statusCode(201);
    }

    /**
     * Reports at a site of bram.manager and takes it to confirmed, with the statement of a witness who is not
     * involved (the regional manager, who was there).
     */
    public static String confirmedAtUtrecht(String email, List<String> types) {
        String id = (String) report("daan.staff", "utr-centraal", types, email).get("id");
        step("bram.manager", id, "triage", null).statusCode(200);
        step("bram.manager", id, "investigation", null).statusCode(200);
        statement("noor.regional", id, "witness", "Ik zag het vanaf de kassa.");
        step("bram.manager", id, "confirmation", null).statusCode(200);
        return id;
    }

    public static long count(AgroalDataSource dataSource, String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
