package io.frontline.sanction.adapter.in.rest;

import io.frontline.platform.events.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.client;
import static io.frontline.sanction.SanctionApi.KAFKA;
import static io.frontline.sanction.SanctionApi.approve;
import static io.frontline.sanction.SanctionApi.propose;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Door and call-center systems without the HMAC secret check by phone number, e-mail or card: one person
 * in any phone format, and the raw value nowhere afterwards: not in the database, not on the topic, not
 * in the log.
 */
@QuarkusTest
class RawIdentifierTest {
    private static final String INTERNATIONAL = "+31 6 1234 5678";
    private static final String NATIONAL = "06-12345678";
    private static final String EMAIL = "Boze.Klant@Example.NL";
    /** What any spelling of the number or address would contain. */
    private static final List<String> TRACES = List.of("12345678", "1234 5678", "boze.klant");
    private static final Path LOG = Path.of("target/sanction-service-test.log");

    @Inject
    DataSource dataSource;

    @Test
    void two_formats_of_one_number_are_one_person_and_no_raw_identifier_is_kept_anywhere() throws Exception {
        long logBefore = Files.size(LOG);
        String id = propose("sanne.manager", Map.of("type", "entry-ban", "identifierKind", "phone",
                "identifier", INTERNATIONAL, "site", "ams-centrum", "duration", "P1M", "reason", "Spat at the cashier",
                "entry", Map.of("coverage", "sites", "sites", List.of("ams-centrum"))))
                .statusCode(201).extract().path("id");
        approve("henk.hq", id).statusCode(200);

        Map<String, Object> international = checkBy("phone", INTERNATIONAL);
        Map<String, Object> national = checkBy("phone", NATIONAL);
        assertThat(international).containsEntry("banned", true).containsEntry("measureId", id);
        assertThat(national.get("banned")).isEqualTo(international.get("banned"));
        assertThat(national.get("subjectKey")).isEqualTo(international.get("subjectKey"));
        assertThat(checkBy("phone", "+31 6 8765 4321")).containsEntry("banned", false);

        // An e-mail address, and a malformed number: answered, or refused without repeating the value.
        assertThat(checkBy("email", EMAIL)).containsEntry("banned", false);
        given().header("Authorization", bearer(client("door-system"))).contentType(ContentType.JSON)
                .body(Map.of("identifierKind", "phone", "identifier", "12345678 boze.klant", "site", "ams-centrum"))
                .post("/api/bans/check").then().statusCode(400)
                .body(not(containsString("12345678")));

        // The violation and every event have been written by now; wait for the relay to publish them.
        KAFKA.await(Topics.SANCTIONS, r -> r.value().contains("ban-violated") && r.value().contains(id), 1,
                Duration.ofSeconds(10));
        assertThat(textInDatabase()).as("database").noneMatch(this::containsTrace);
        List<ConsumerRecord<String, String>> events = KAFKA.await(Topics.SANCTIONS, r -> true, Integer.MAX_VALUE,
                Duration.ofSeconds(3));
        assertThat(events).isNotEmpty();
        assertThat(events).extracting(ConsumerRecord::value).as("events").noneMatch(this::containsTrace);
        // The log of this test's requests (the file goes on across runs until target/ is cleaned).
        String log;
        try (RandomAccessFile file = new RandomAccessFile(LOG.toFile(), "r")) {
            file.seek(logBefore);
            byte[] appended = new byte[(int) (file.length() - logBefore)];
            file.readFully(appended);
            log = new String(appended, StandardCharsets.UTF_8);
        }
        assertThat(log).contains("/api/bans/check");
        assertThat(TRACES).as("log").noneMatch(trace -> log.toLowerCase(Locale.ROOT).contains(trace));
    }

    private boolean containsTrace(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return TRACES.stream().anyMatch(lower::contains);
    }

    private static Map<String, Object> checkBy(String kind, String identifier) {
        return given().header("Authorization", bearer(client("door-system"))).contentType(ContentType.JSON)
                .body(Map.of("identifierKind", kind, "identifier", identifier, "site", "ams-centrum"))
                .post("/api/bans/check").then().statusCode(200).extract().jsonPath().getMap("$");
    }

    /** Every value of every text, JSON or array column of every table of the service's database. */
    private List<String> textInDatabase() throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name, column_name FROM information_schema.columns "
                    + "WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json', "
                    + "'ARRAY')")) {
                while (rs.next()) {
                    columns.add(new String[]{rs.getString(1), rs.getString(2)});
                }
            }
            assertThat(columns).extracting(col -> col[0]).contains("measure", "ban_violation", "frontline_outbox");
            for (String[] column : columns) {
                try (ResultSet rs = s.executeQuery("SELECT \"" + column[1] + "\"::text FROM \"" + column[0] + "\" WHERE \""
                        + column[1] + "\" IS NOT NULL")) {
                    while (rs.next()) {
                        values.add(rs.getString(1));
                    }
                }
            }
        }
        return values;
    }
}
