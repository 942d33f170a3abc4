package io.frontline.notification;

import java.util.List;
import java.util.Map;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;

/** A demo user's inbox, read through the API as that user would. */
public final class Inboxes {
    private Inboxes() {
    }

    public static List<Map<String, Object>> entries(String username, boolean unreadOnly) {
        return given().header("Authorization", bearer(user(username)))
                .queryParam("unread", unreadOnly)
                .get("/api/inbox")
                .then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    public static List<Map<String, Object>> withReference(String username, String reference) {
        return entries(username, false).stream().filter(e -> reference.equals(e.get("reference"))).toList();
    }

    public static long unreadCount(String username) {
        return given().header("Authorization", bearer(user(username)))
                .get("/api/inbox/unread-count")
                .then().statusCode(200)
                .extract().jsonPath().getLong("unread");
    }
}
