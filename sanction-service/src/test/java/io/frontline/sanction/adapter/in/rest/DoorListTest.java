package io.frontline.sanction.adapter.in.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventContracts;
import io.frontline.platform.events.Topics;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.frontline.platform.events.sanction.SanctionEventTypes;
import io.frontline.platform.testing.MutableClock;
import io.frontline.platform.testing.contracts.ContractAssertions;
import io.frontline.sanction.application.port.in.PurgeDoorPhotosUseCase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import javax.sql.DataSource;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.frontline.sanction.SanctionApi.KAFKA;
import static io.frontline.sanction.SanctionApi.activeEntryBan;
import static io.frontline.sanction.SanctionApi.check;
import static io.frontline.sanction.SanctionApi.measure;
import static io.frontline.sanction.SanctionApi.measuresOf;
import static io.frontline.sanction.SanctionApi.newSubjectKey;
import static io.frontline.sanction.SanctionApi.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The door list (issue 20) through the real stack: photos reach exactly the sites a ban covers, another site's staff
 * get 404 for a photo, a photo leaves storage when the ban ends, "seen at the door" is one violation and one manager
 * alert an hour, and a watch flag warns without touching the ladder.
 */
@QuarkusTest
class DoorListTest {
    private static final MutableClock CLOCK = MutableClock.shared();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Path PHOTOS = Path.of("target/door-photos");

    @Inject
    PurgeDoorPhotosUseCase purge;

    @Inject
    DataSource dataSource;

    @AfterEach
    void resetClock() {
        CLOCK.reset();
    }

    @Test
    void a_photo_of_a_regional_entry_ban_is_on_the_door_list_of_every_site_of_the_region_and_of_no_other() {
        String ban = activeEntryBan("sanne.manager", "henk.hq", newSubjectKey(), "ams-centrum",
                Map.of("coverage", "region", "region", "north"));
        describe("sanne.manager", ban, Map.of("description", "Tall, grey hooded jacket, shouts at the till",
                "height", "about 1.90 m", "build", "broad")).statusCode(200);
        String photo = upload("sanne.manager", ban, png(Color.RED), "image/png").statusCode(201)
                .extract().path("uri");

        for (String[] reader : new String[][] {{"emma.staff", "ams-centrum"}, {"daan.staff", "utr-centraal"},
                {"bram.manager", "utr-centraal"}, {"noor.regional", "ams-centrum"}}) {
            Map<String, Object> item = doorItem(reader[0], reader[1], ban);
            assertThat(item).as(reader[0] + " at " + reader[1]).isNotNull()
                    .containsEntry("kind", "ban").containsEntry("height", "about 1.90 m")
                    .containsEntry("until", measure("henk.hq", ban).get("until"));
            assertThat(item.get("photos")).isEqualTo(List.of(photo));
            assertThat(item).doesNotContainKeys("subjectKey", "reason", "incidentId");
        }
        assertThat(doorItem("fleur.manager", "ein-centrum", ban)).as("a site of the other region").isNull();
        assertThat(doorItem("thijs.regional", "ein-centrum", ban)).isNull();
    }

    @Test
    void staff_see_the_door_list_of_their_own_site_only() {
        doorList("emma.staff", "utr-centraal").statusCode(403).contentType("application/problem+json");
        doorList("daan.staff", "ams-centrum").statusCode(403);
        given().get("/api/door-list?site=ams-centrum").then().statusCode(401);
    }

    @Test
    void a_staff_member_of_another_site_gets_404_for_the_photo_and_every_view_is_audited() throws SQLException {
        String ban = activeEntryBan("sanne.manager", "henk.hq", newSubjectKey(), "ams-centrum",
                Map.of("coverage", "sites", "sites", List.of("ams-centrum")));
        String photo = upload("sanne.manager", ban, jpeg(Color.BLUE), "image/jpeg").statusCode(201)
                .body("lawfulBasis", equalTo("legitimate interest: repeated violence, incident INC-2026-000042"))
                .body("uploadedBy", equalTo("sanne.manager")).extract().path("uri");
        UUID photoId = UUID.fromString(photo.substring(photo.lastIndexOf('/') + 1));

        byte[] seen = given().header("Authorization", bearer(user("emma.staff"))).get(photo).then().statusCode(200)
                .contentType("image/jpeg").header("Cache-Control", "no-store").header("Content-Disposition", "inline")
                .extract().asByteArray();
        assertThat(seen).isNotEmpty();
        given().header("Authorization", bearer(user("daan.staff"))).get(photo).then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", bearer(user("fleur.manager"))).get(photo).then().statusCode(404);
        given().header("Authorization", bearer(user("emma.staff")))
                .get("/api/door-photos/" + UUID.randomUUID()).then().statusCode(404);

        assertThat(count("SELECT count(*) FROM door_audit WHERE photo_id = ? AND action = 'photo-viewed'", photoId))
                .as("one view by emma.staff; refused reads show nothing").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM door_audit WHERE photo_id = ? AND action = 'photo-uploaded' "
                + "AND actor = 'sanne.manager'", photoId)).isEqualTo(1);
    }

    @Test
    void the_photo_is_gone_from_storage_once_the_ban_has_ended() {
        String ban = activeEntryBan("sanne.manager", "henk.hq", newSubjectKey(), "ams-centrum",
                Map.of("coverage", "sites", "sites", List.of("ams-centrum")));
        String photo = upload("sanne.manager", ban, png(Color.GREEN), "image/png").statusCode(201)
                .extract().path("uri");
        String id = photo.substring(photo.lastIndexOf('/') + 1);
        Path file = PHOTOS.resolve(id.substring(0, 2)).resolve(id);
        Instant until = Instant.parse((String) measure("henk.hq", ban).get("until"));

        CLOCK.set(until.minusSeconds(60));
        purge.purgeDue();
        assertThat(file).as("still in force a minute before its end").exists();
        assertThat(doorItem("emma.staff", "ams-centrum", ban)).isNotNull();

        CLOCK.set(until);
        assertThat(doorItem("emma.staff", "ams-centrum", ban)).as("off the list at its exact minute").isNull();
        assertThat(purge.purgeDue()).isGreaterThanOrEqualTo(1);
        assertThat(file).as("deleted at the ban's end (retention P0D)").doesNotExist();
        given().header("Authorization", bearer(user("sanne.manager"))).get(photo).then().statusCode(404);
    }

    @Test
    void seen_at_the_door_counts_as_one_violation_and_alerts_the_site_manager_once_an_hour() throws SQLException {
        String ban = activeEntryBan("sanne.manager", "henk.hq", newSubjectKey(), "ams-centrum",
                Map.of("coverage", "sites", "sites", List.of("ams-centrum")));

        seen("emma.staff", ban, "ams-centrum").statusCode(201).body("countedAsViolation", equalTo(true))
                .body("seenBy", equalTo("emma.staff"));
        seen("emma.staff", ban, "ams-centrum").statusCode(201).body("countedAsViolation", equalTo(false));
        seen("sanne.manager", ban, "ams-centrum").statusCode(201).body("countedAsViolation", equalTo(false));
        seen("daan.staff", ban, "ams-centrum").statusCode(403);
        seen("daan.staff", ban, "utr-centraal").statusCode(404);

        assertThat(alerts(ban, 2, Duration.ofSeconds(8))).as("one alert in the hour").hasSize(1);
        assertThat(count("SELECT count(*) FROM ban_violation WHERE measure_id = ?", UUID.fromString(ban))).isEqualTo(1);
        check((String) measure("henk.hq", ban).get("subjectKey"), "ams-centrum").statusCode(200)
                .body("banned", equalTo(true));
        assertThat(count("SELECT count(*) FROM ban_violation WHERE measure_id = ?", UUID.fromString(ban)))
                .as("the door system's check in the same hour adds none").isEqualTo(1);

        CLOCK.advance(Duration.ofHours(1));
        seen("emma.staff", ban, "ams-centrum").statusCode(201).body("countedAsViolation", equalTo(true));
        assertThat(alerts(ban, 2, TIMEOUT)).as("the next hour alerts again").hasSize(2);
        assertThat(given().header("Authorization", bearer(user("sanne.manager")))
                .get("/api/measures/" + ban + "/sightings").then().statusCode(200).extract().jsonPath().getList("$"))
                .as("every tap is on the measure's history").hasSize(4);
        given().header("Authorization", bearer(user("emma.staff"))).get("/api/measures/" + ban + "/sightings")
                .then().statusCode(403);
    }

    @Test
    void a_flag_warns_at_the_door_and_does_not_change_the_ladders_next_proposal() {
        String flagged = newSubjectKey();
        String plain = newSubjectKey();
        post("bram.manager", "/api/watch-flags", Map.of("subjectKey", flagged, "site", "utr-centraal",
                "note", "Loud after a first incident: stay polite, call the manager")).statusCode(201)
                .body("coverage", equalTo("sites")).body("flaggedBy", equalTo("bram.manager"));
        post("daan.staff", "/api/watch-flags", Map.of("subjectKey", plain, "site", "utr-centraal", "note", "x"))
                .statusCode(403);

        await().atMost(TIMEOUT).untilAsserted(() -> check(flagged, "utr-centraal").statusCode(200)
                .body("banned", equalTo(false)).body("flagged", equalTo(true))
                .body("note", equalTo("Loud after a first incident: stay polite, call the manager")));
        check(flagged, "ams-centrum").statusCode(200).body("flagged", equalTo(false));
        List<Map<String, Object>> list = doorList("daan.staff", "utr-centraal").statusCode(200).extract().jsonPath()
                .getList("items");
        assertThat(list).anySatisfy(item -> assertThat(item).containsEntry("kind", "flag")
                .containsEntry("note", "Loud after a first incident: stay polite, call the manager"));

        confirm(flagged, "utr-centraal");
        confirm(plain, "utr-centraal");
        await().atMost(TIMEOUT).until(() -> measuresOf("henk.hq", flagged).size() == 1
                && measuresOf("henk.hq", plain).size() == 1);
        Map<String, Object> withFlag = measuresOf("henk.hq", flagged).get(0);
        Map<String, Object> without = measuresOf("henk.hq", plain).get(0);
        assertThat(withFlag.get("type")).isEqualTo(without.get("type"));
        assertThat(withFlag.get("duration")).isEqualTo(without.get("duration"));
        assertThat(((Map<?, ?>) withFlag.get("proposal")).get("rule"))
                .isEqualTo(((Map<?, ?>) without.get("proposal")).get("rule"));
        assertThat((List<?>) ((Map<?, ?>) withFlag.get("proposal")).get("history")).as("a flag is no history").isEmpty();
    }

    @Test
    void a_door_profile_has_no_field_for_ethnicity_and_its_description_warns_without_refusing() {
        String ban = activeEntryBan("sanne.manager", "henk.hq", newSubjectKey(), "ams-centrum",
                Map.of("coverage", "sites", "sites", List.of("ams-centrum")));
        describe("sanne.manager", ban, Map.of("description", "Tall", "ethnicity", "x")).statusCode(400)
                .contentType("application/problem+json");
        describe("sanne.manager", ban, Map.of("description", "Draagt een hoofddoek, rode jas")).statusCode(200)
                .body("warnings", equalTo(List.of("hoofddoek")));
        describe("sanne.manager", ban, Map.of("clothing", "Red coat, grass stains")).statusCode(200)
                .body("warnings", equalTo(List.of()));
        describe("emma.staff", ban, Map.of("description", "Tall")).statusCode(403);
        describe("bram.manager", ban, Map.of("description", "Tall")).statusCode(404);
    }

    @Test
    void only_a_real_jpeg_or_png_is_taken_as_a_photo_and_only_with_its_lawful_basis() {
        String ban = activeEntryBan("sanne.manager", "henk.hq", newSubjectKey(), "ams-centrum",
                Map.of("coverage", "sites", "sites", List.of("ams-centrum")));
        upload("sanne.manager", ban, "not an image".getBytes(StandardCharsets.UTF_8), "image/png").statusCode(422)
                .contentType("application/problem+json");
        upload("sanne.manager", ban, png(Color.RED), "image/gif").statusCode(422);
        given().header("Authorization", bearer(user("sanne.manager")))
                .multiPart("file", "p.png", png(Color.RED), "image/png")
                .post("/api/measures/" + ban + "/door-photos").then().statusCode(422);
        upload("emma.staff", ban, png(Color.RED), "image/png").statusCode(403);
    }

    // --- helpers

    private static ValidatableResponse describe(String username, String measureId, Map<String, Object> body) {
        return given().header("Authorization", bearer(user(username))).contentType(ContentType.JSON).body(body)
                .put("/api/measures/" + measureId + "/door-profile").then();
    }

    private static ValidatableResponse upload(String username, String measureId, byte[] content, String type) {
        return given().header("Authorization", bearer(user(username)))
                .multiPart("file", "photo", content, type)
                .multiPart("lawfulBasis", "legitimate interest: repeated violence, incident INC-2026-000042")
                .post("/api/measures/" + measureId + "/door-photos").then();
    }

    private static ValidatableResponse doorList(String username, String site) {
        return given().header("Authorization", bearer(user(username))).queryParam("site", site).get("/api/door-list")
                .then();
    }

    private static Map<String, Object> doorItem(String username, String site, String measureId) {
        List<Map<String, Object>> items = doorList(username, site).statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(i -> measureId.equals(i.get("measureId"))).findFirst().orElse(null);
    }

    private static ValidatableResponse seen(String username, String measureId, String site) {
        return post(username, "/api/door-list/sightings", Map.of("measureId", measureId, "site", site));
    }

    private static List<ConsumerRecord<String, String>> alerts(String measureId, int atLeast, Duration timeout) {
        List<ConsumerRecord<String, String>> records = KAFKA.await(Topics.SANCTIONS, r -> measureId.equals(r.key())
                && (r.value().contains("\"type\":\"" + SanctionEventTypes.SEEN_AT_DOOR_V1 + "\"")
                || r.value().contains("\"type\":\"" + SanctionEventTypes.BAN_VIOLATED_V1 + "\"")), atLeast, timeout);
        records.forEach(r -> ContractAssertions.assertMatchesContract(r.value()));
        return records;
    }

    private long count(String sql, Object param) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, param);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void confirm(String subject, String site) {
        ObjectNode event;
        try {
            event = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(EventContracts.sample(IncidentEventTypes.CONFIRMED_V1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String incidentId = UUID.randomUUID().toString();
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", incidentId);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("incidentId", incidentId);
        data.put("siteId", site);
        data.put("severity", "medium");
        data.put("reference", String.format("INC-2026-%06d", ThreadLocalRandom.current().nextInt(1, 999_999)));
        ArrayNode types = data.putArray("types");
        types.add("verbal-abuse");
        data.put("perpetratorSubjectKey", subject);
        data.put("policeReportRecommended", false);
        data.put("confirmedAt", Instant.now().toString());
        String json = event.toString();
        ContractAssertions.assertMatchesContract(json);
        EventCodec.decode(json);
        KAFKA.publish(Topics.INCIDENTS, incidentId, json);
    }

    private static byte[] png(Color color) {
        return image(color, "png");
    }

    private static byte[] jpeg(Color color) {
        return image(color, "jpeg");
    }

    private static byte[] image(Color color, String format) {
        BufferedImage image = new BufferedImage(40, 60, BufferedImage.TYPE_INT_RGB);
        var g = image.getGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 40, 60);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
