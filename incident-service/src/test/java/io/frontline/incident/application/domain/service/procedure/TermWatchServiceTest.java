package io.frontline.incident.application.domain.service.procedure;

import io.agroal.api.AgroalDataSource;
import io.frontline.incident.application.port.in.procedure.WatchTermsUseCase;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventEnvelope;
import io.frontline.platform.events.procedure.ProcedureEventTypes;
import io.frontline.platform.testing.MutableClock;
import io.frontline.platform.testing.contracts.ContractAssertions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.frontline.platform.testing.infra.Tokens.bearer;
import static io.frontline.platform.testing.infra.Tokens.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The term watcher against the real database and outbox, with the clock moved by hand. */
@QuarkusTest
class TermWatchServiceTest {
    static final String COMPLAINTS = "/api/procedure/complaints";
    static final Instant RECEIVED = Instant.parse("2027-01-31T10:00:00Z");

    @Inject
    WatchTermsUseCase watcher;

    @Inject
    AgroalDataSource dataSource;

    final MutableClock clock = MutableClock.shared();

    @BeforeEach
    void receiveAtAFixedMoment() {
        clock.set(RECEIVED);
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void a_missed_hearing_term_is_announced_once_to_both_parties_with_the_expected_handling_time() throws Exception {
        String id = file();
        // received 31 January: the hearings are due by the end of 28 February in the chain's zone (Amsterdam)
        clock.set(Instant.parse("2027-02-28T22:59:59Z"));
        watcher.announceMissedTerms();
        assertThat(termsMissed(id)).isEmpty();

        clock.set(Instant.parse("2027-02-28T23:01:00Z"));
        watcher.announceMissedTerms();
        watcher.announceMissedTerms();
        List<String> missed = termsMissed(id);
        assertThat(missed).hasSize(1);
        ContractAssertions.assertMatchesContract(missed.get(0));
        EventEnvelope event = EventCodec.decode(missed.get(0));
        assertThat(event.data().get("term").asText()).isEqualTo("hearings");
        assertThat(event.data().get("dueAt").asText()).isEqualTo("2027-02-28T23:00:00Z");
        assertThat(event.data().get("expectedBy").asText()).isEqualTo("2027-03-14T23:01:00Z");
        assertThat(event.data().get("expectedHandlingDays").asInt()).isEqualTo(43);
        assertThat(event.data().get("complainantUserId").asText()).isEqualTo("emma.staff");
        assertThat(event.data().get("accusedUserId").asText()).isEqualTo("daan.staff");
        assertThat(missed.get(0)).doesNotContain("kantine");

        // the end of 31 March in Amsterdam, in summer time since 28 March
        clock.set(Instant.parse("2027-03-31T21:59:59Z"));
        watcher.announceMissedTerms();
        assertThat(termsMissed(id)).hasSize(1);
        clock.set(Instant.parse("2027-03-31T22:00:01Z"));
        watcher.announceMissedTerms();
        assertThat(termsMissed(id)).hasSize(2);
        assertThat(EventCodec.decode(termsMissed(id).get(1)).data().get("term").asText()).isEqualTo("report");
    }

    @Test
    void terms_met_in_time_emit_no_term_missed_event() throws Exception {
        String id = file();
        clock.set(RECEIVED.plus(Duration.ofDays(10)));
        hear(id, "emma.staff");
        hear(id, "daan.staff");
        for (String member : List.of("kees.committee", "ingrid.committee")) {
            as(member).body(Map.of("finding", "unfounded")).post(COMPLAINTS + "/" + id + "/votes")
                    .then().statusCode(204);
        }
        clock.set(RECEIVED.plus(Duration.ofDays(40)));
        as("ingrid.committee").body(Map.of("affected", List.of("emma.staff"), "finding", "unfounded",
                        "caseAdvice", Map.of("measures", "Mediation tussen beiden"), "generalAdvice", "Voorlichting"))
                .post(COMPLAINTS + "/" + id + "/report").then().statusCode(201);
        clock.set(RECEIVED.plus(Duration.ofDays(50)));
        as("hanna.hr").body(Map.of("measures", "Mediation en teamgesprek"))
                .post(COMPLAINTS + "/" + id + "/decision").then().statusCode(201);

        clock.set(RECEIVED.plus(Duration.ofDays(400)));
        watcher.announceMissedTerms();
        assertThat(termsMissed(id)).isEmpty();
    }

    @Test
    void a_late_decision_is_announced_once() throws Exception {
        String id = reported();
        // reported 31 January 11:00 in Amsterdam: the decision is due by the end of 14 February there
        clock.set(Instant.parse("2027-02-14T22:59:59Z"));
        watcher.announceMissedTerms();
        assertThat(termsMissed(id)).isEmpty();
        clock.set(Instant.parse("2027-02-14T23:00:01Z"));
        watcher.announceMissedTerms();
        watcher.announceMissedTerms();
        List<String> missed = termsMissed(id);
        assertThat(missed).hasSize(1);
        assertThat(EventCodec.decode(missed.get(0)).data().get("term").asText()).isEqualTo("decision");
    }

    @Test
    void a_decision_taken_late_is_announced_even_when_the_watcher_only_runs_afterwards() throws Exception {
        String id = reported();
        clock.advance(Duration.ofDays(16));
        as("hanna.hr").body(Map.of("sanction", Map.of("type", "written-reprimand")))
                .post(COMPLAINTS + "/" + id + "/decision").then().statusCode(201);
        clock.advance(Duration.ofHours(1));
        watcher.announceMissedTerms();
        watcher.announceMissedTerms();
        List<String> missed = termsMissed(id);
        assertThat(missed).hasSize(1);
        EventEnvelope event = EventCodec.decode(missed.get(0));
        assertThat(event.data().get("term").asText()).isEqualTo("decision");
        assertThat(event.data().get("expectedHandlingDays").asInt()).isEqualTo(16);
    }

    /** Filed, heard and reported at {@link #RECEIVED}, with a written reprimand advised. */
    private String reported() {
        String id = file();
        hear(id, "emma.staff");
        hear(id, "daan.staff");
        for (String member : List.of("kees.committee", "omar.committee")) {
            as(member).body(Map.of("finding", "founded")).post(COMPLAINTS + "/" + id + "/votes").then().statusCode(204);
        }
        as("kees.committee").body(Map.of("affected", List.of("emma.staff"), "finding", "founded",
                        "caseAdvice", Map.of("measures", "Excuses", "sanction", Map.of("type", "written-reprimand")),
                        "generalAdvice", "Voorlichting"))
                .post(COMPLAINTS + "/" + id + "/report").then().statusCode(201);
        return id;
    }

    private String file() {
        return as("emma.staff").body(Map.of("complainant", "emma.staff", "accused", "daan.staff",
                        "complaint", "Opmerkingen in de kantine."))
                .post(COMPLAINTS).then().statusCode(201).extract().path("id");
    }

    private void hear(String id, String person) {
        as("kees.committee").body(Map.of("heard", List.of(person), "record", "Verslag",
                        "acknowledgements", List.of(Map.of("person", person, "seen", true),
                                Map.of("person", "kees.committee", "seen", true))))
                .post(COMPLAINTS + "/" + id + "/hearings").then().statusCode(201);
    }

    private static io.restassured.specification.RequestSpecification as(String username) {
        return given().header("Authorization", bearer(user(username))).contentType(ContentType.JSON);
    }

    private List<String> termsMissed(String complaintId) throws Exception {
        List<String> payloads = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT payload FROM frontline_outbox WHERE record_key = ? AND event_type = ? ORDER BY id")) {
            s.setString(1, complaintId);
            s.setString(2, ProcedureEventTypes.TERM_MISSED_V1);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    payloads.add(rs.getString(1));
                }
            }
        }
        return payloads;
    }
}
