package io.frontline.notification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;

/** Delivery records through the admin API, as an administrator sees them. */
public final class Deliveries {
    private Deliveries() {
    }

    public static List<Map<String, Object>> ofEvent(UUID eventId) {
        return given().header("Authorization", bearer(user("ada.admin")))
                .queryParam("eventId", eventId.toString())
                .get("/api/deliveries")
                .then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    public static Map<String, Object> ofEvent(UUID eventId, String recipientId, String channel) {
        return ofEvent(eventId).stream()
                .filter(d -> recipientId.equals(d.get("recipientId")) && channel.equals(d.get("channel")))
                .findFirst().orElse(null);
    }
}
