package io.frontline.notification.adapter.in.rest.escalation;

import io.agroal.api.AgroalDataSource;
import io.frontline.notification.ComplaintEvents;
import io.frontline.notification.Events;
import io.frontline.notification.Mails;
import io.frontline.notification.Mails.Mail;
import io.frontline.notification.QuietSystem;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.frontline.platform.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The whole escalation as the people see it: a critical incident arrives on incidents.events, the site manager's
 * mail carries a link, nobody answers, the regional manager's mail comes five minutes later, and the link in that
 * mail stops the climb to HQ safety.
 */
@QuarkusTest
class EscalationByMailTest {
    private static final Pattern LINK = Pattern.compile("(https?://\\S+/acknowledge\\?token=[A-Za-z0-9_.-]+)");

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void quietSystem() {
        ComplaintEvents.awaitConsumerReady(dataSource);
        QuietSystem.settle(dataSource);
    }

    private static final String ACKNOWLEDGE = "/api/public/escalations/acknowledge";

    @AfterEach
    void clockBack() {
        MutableClock.shared().reset();
    }

    @Test
    void unanswered_critical_incident_reaches_the_regional_manager_whose_mailed_link_stops_the_climb_to_hq() {
        String reference = Events.reference("INC");
        Events.of(IncidentEventTypes.REPORTED_V1, d -> d.put("siteId", "utr-centraal").put("reference", reference)
                .put("severity", "critical")).publish();

        Mail first = Mails.await("bram.manager@demo-retail.example", m -> m.subject().contains(reference), 1).get(0);
        assertThat(linkIn(first.text())).isNotNull();

        MutableClock.shared().advance(Duration.ofMinutes(5));
        // (the regional manager had a copy of the report at once; this is the mail that asks him to take it)
        Mail second = Mails.await("noor.regional@demo-retail.example",
                m -> m.subject().equals("Escalatie niveau 2, ronde 1: Incident " + reference
                        + " gemeld bij Utrecht Centraal (kritiek)"), 1).get(0);
        String link = linkIn(second.text());
        String token = link.substring(link.indexOf("token=") + "token=".length());

        // A forged link (one signature character changed) is refused and acknowledges nothing.
        int signature = token.indexOf('.') + 1;
        String forged = token.substring(0, signature) + (token.charAt(signature) == 'A' ? 'B' : 'A')
                + token.substring(signature + 1);
        assertThat(link).as("the link opens the web's confirmation page").startsWith("http://localhost:8080/acknowledge?token=");
        given().queryParam("token", forged).accept("application/json").get(ACKNOWLEDGE).then().statusCode(403);
        given().contentType("application/json").body(Map.of("token", forged)).post(ACKNOWLEDGE).then().statusCode(403);

        // Opening the link (a person, or the mail system's link scanner) acknowledges nothing; confirming does, once.
        given().queryParam("token", token).accept("application/json").get(ACKNOWLEDGE).then().statusCode(200)
                .body("reference", equalTo(reference)).body("status", equalTo("open"));
        given().contentType("application/json").body(Map.of("token", token)).post(ACKNOWLEDGE).then().statusCode(200)
                .body("acknowledgedBy", equalTo("noor.regional"));
        given().contentType("application/json").body(Map.of("token", token)).post(ACKNOWLEDGE).then().statusCode(410);

        // Level 3 would be due at +15 min; at +20 min HQ safety has still heard nothing.
        MutableClock.shared().advance(Duration.ofMinutes(15));
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> true);
        assertThat(Mails.to("henk.hq@demo-retail.example")).noneMatch(m -> m.subject().contains(reference));
    }

    private static String linkIn(String text) {
        Matcher matcher = LINK.matcher(text);
        assertThat(matcher.find()).as("an acknowledgement link in: %s", text).isTrue();
        return matcher.group(1);
    }

}
