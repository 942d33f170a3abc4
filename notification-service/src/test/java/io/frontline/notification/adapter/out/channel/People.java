package io.frontline.notification.adapter.out.channel;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

/** Adds people to the directory through the admin API, as an administrator would. */
final class People {
    private People() {
    }

    /** Adds the person (JSON body) unless a test before added them already. */
    static void add(String json) {
        given().header("Authorization", bearer(user("ada.admin")))
                .contentType("application/json").body(json)
                .post("/api/directory/people")
                .then().statusCode(anyOf(equalTo(201), equalTo(409)));
    }
}
