package io.frontline.sanction.adapter.in.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.frontline.sanction.SanctionApi.approve;
import static io.frontline.sanction.SanctionApi.newSubjectKey;
import static io.frontline.sanction.SanctionApi.post;
import static io.frontline.sanction.SanctionApi.propose;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * A customer's request, by subject key: HQ safety or an admin sees every measure against them; erasure deletes the
 * ended ones and keeps an active ban, saying why.
 */
@QuarkusTest
class SubjectDataTest {

    @Test
    void erasure_deletes_ended_measures_and_keeps_the_active_ban_with_its_reason() {
        String subject = newSubjectKey();
        String active = entryBan(subject);
        approve("henk.hq", active).statusCode(200);
        String rejected = entryBan(subject);
        post("henk.hq", "/api/measures/" + rejected + "/reject", Map.of("reason", "Disproportionate")).statusCode(200);

        given().header("Authorization", bearer(user("henk.hq"))).get("/api/subjects/" + subject + "/data").then()
                .statusCode(200).body("service", equalTo("sanction-service"))
                .body("subjectKey", equalTo(subject))
                .body("held.find { it.kind == 'measures' }.items.id", containsInAnyOrder(active, rejected));
        given().header("Authorization", bearer(user("sanne.manager"))).delete("/api/subjects/" + subject + "/data")
                .then().statusCode(403).contentType("application/problem+json");

        given().header("Authorization", bearer(user("ada.admin"))).delete("/api/subjects/" + subject + "/data").then()
                .statusCode(200).body("erased.find { it.kind == 'measures' }.count", equalTo(1))
                .body("kept", hasSize(1)).body("kept[0].kind", equalTo("measures"))
                .body("kept[0].reference", equalTo(active))
                .body("kept[0].reason", containsString("in force"));
        given().header("Authorization", bearer(user("henk.hq"))).get("/api/subjects/" + subject + "/data").then()
                .statusCode(200).body("held.find { it.kind == 'measures' }.items.id", contains(active));
    }

    @Test
    void erasing_an_ended_ban_removes_its_door_profile_sightings_and_photo_files_too() throws Exception {
        String subject = newSubjectKey();
        String ban = entryBan(subject);
        approve("henk.hq", ban).statusCode(200);
        given().header("Authorization", bearer(user("sanne.manager"))).contentType(ContentType.JSON)
                .body(Map.of("height", "tall")).put("/api/measures/" + ban + "/door-profile").then().statusCode(200);
        String photo = given().header("Authorization", bearer(user("sanne.manager")))
                .multiPart("file", "photo", jpeg(), "image/jpeg")
                .multiPart("lawfulBasis", "legitimate interest: repeated violence, incident INC-2026-000042")
                .post("/api/measures/" + ban + "/door-photos").then().statusCode(201).extract().path("id");
        Path file = Path.of("target/door-photos").resolve(photo.substring(0, 2)).resolve(photo);
        assertThat(file).exists();
        post("emma.staff", "/api/door-list/sightings", Map.of("measureId", ban, "site", "ams-centrum")).statusCode(201);
        post("henk.hq", "/api/measures/" + ban + "/lift", Map.of("reason", "Apologised in writing")).statusCode(200);

        given().header("Authorization", bearer(user("henk.hq"))).delete("/api/subjects/" + subject + "/data").then()
                .statusCode(200).body("erased.find { it.kind == 'measures' }.count", equalTo(1))
                .body("kept", hasSize(0));
        assertThat(file).as("the photo's file").doesNotExist();
        given().header("Authorization", bearer(user("henk.hq"))).get("/api/measures/" + ban).then().statusCode(404);
    }

    private static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(40, 60, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private static String entryBan(String subject) {
        return propose("sanne.manager", Map.of("type", "entry-ban", "subjectKey", subject, "site", "ams-centrum",
                "duration", "P1M", "reason", "Threatened staff at the till", "entry", Map.of("coverage", "chain")))
                .statusCode(201).extract().path("id");
    }
}
