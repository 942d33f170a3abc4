package io.frontline.prevention.adapter.in.rest;

import io.frontline.platform.events.prevention.PreventionEventTypes;
import io.frontline.platform.testing.MutableClock;
import io.frontline.prevention.application.port.in.RemindOverdueTrainingUseCase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.frontline.prevention.PreventionApi.clean;
import static io.frontline.prevention.PreventionApi.events;
import static io.frontline.prevention.PreventionApi.get;
import static io.frontline.prevention.PreventionApi.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A course's refresh interval makes an attendee overdue the day after their due date in the chain's calendar, and
 * the one reminder goes out once, however often the job runs.
 */
@QuarkusTest
class TrainingReminderTest {
    private static final ZoneId CHAIN = ZoneId.of("Europe/Amsterdam");

    @Inject
    DataSource dataSource;

    @Inject
    RemindOverdueTrainingUseCase reminders;

    @BeforeEach
    void empty() {
        clean(dataSource);
    }

    @AfterEach
    void resetClock() {
        MutableClock.shared().reset();
    }

    private static void at(String localDateTime) {
        MutableClock.shared().set(LocalDateTime.parse(localDateTime).atZone(CHAIN).toInstant());
    }

    @Test
    void aYearlyCourseMakesTheAttendeeOverdueTheDayAfterTheAnniversaryAndRemindsThemOnce() {
        at("2026-03-10T10:00");
        String course = post("hanna.hr", "/api/courses", Map.of("name", "De-escalation at the till",
                "audience", "customer-facing", "refreshInterval", "P1Y", "requiredFrom", "2030-01-01",
                "scenarios", List.of("A customer shouts at the till about a refund")))
                .statusCode(201).extract().path("id");
        post("sanne.manager", "/api/courses/" + course + "/sessions", Map.of("site", "ams-centrum",
                "heldOn", "2026-03-10", "trainer", "External trainer", "attendees", List.of("emma.staff")))
                .statusCode(201);
        // Another site's manager cannot record training here
        post("bram.manager", "/api/courses/" + course + "/sessions", Map.of("site", "ams-centrum",
                "heldOn", "2026-03-10", "attendees", List.of("emma.staff"))).statusCode(403);

        at("2027-03-10T23:59");
        assertThat(stateOf("emma.staff")).isEqualTo("due");
        assertThat(reminders.remindOverdue()).isZero();

        at("2027-03-11T00:01");
        assertThat(stateOf("emma.staff")).isEqualTo("overdue");
        Map<String, Object> emma = get("sanne.manager", "/api/training?site=ams-centrum").statusCode(200)
                .extract().jsonPath().getMap("find { it.userId == 'emma.staff' }");
        assertThat(emma.get("dueOn")).isEqualTo("2027-03-10");
        assertThat(emma.get("lastAttended")).isEqualTo("2026-03-10");
        // chris.handler never attended; the course is required from 2030, so he is not overdue
        assertThat(stateOf("chris.handler")).isNotEqualTo("overdue");

        assertThat(reminders.remindOverdue()).isEqualTo(1);
        assertThat(reminders.remindOverdue()).isZero();
        at("2027-04-01T09:00");
        assertThat(reminders.remindOverdue()).isZero();

        List<String> reminded = events(PreventionEventTypes.TRAINING_OVERDUE_V1,
                v -> v.contains(course) && v.contains("\"emma.staff\""), 2, Duration.ofSeconds(10));
        assertThat(reminded).hasSize(1);
        assertThat(reminded.get(0)).contains("\"dueOn\":\"2027-03-10\"", "\"siteId\":\"ams-centrum\"");

        // Attending again makes her current; the next due date is a year on, with its own one reminder later
        post("sanne.manager", "/api/courses/" + course + "/sessions", Map.of("site", "ams-centrum",
                "heldOn", "2027-04-01", "attendees", List.of("emma.staff"))).statusCode(201);
        assertThat(stateOf("emma.staff")).isEqualTo("current");
    }

    @Test
    void anEmployeeSeesTheirOwnTrainingOnlyOncePerCourseAndNotOthers() {
        at("2026-03-10T10:00");
        String course = post("henk.hq", "/api/courses", Map.of("name", "Calls that cross the line",
                "audience", "customer-facing", "refreshInterval", "P1Y", "requiredFrom", "2026-01-01"))
                .statusCode(201).extract().path("id");
        post("sanne.manager", "/api/courses/" + course + "/sessions", Map.of("site", "ams-centrum",
                "heldOn", "2026-03-01", "attendees", List.of("emma.staff"))).statusCode(201);

        List<Map<String, Object>> emmas = get("emma.staff", "/api/training/mine").statusCode(200).extract().jsonPath()
                .getList("$");
        assertThat(emmas).hasSize(1);
        assertThat(emmas.get(0)).containsEntry("userId", "emma.staff").containsEntry("lastAttended", "2026-03-01")
                .containsEntry("dueOn", "2027-03-01").containsEntry("status", "current");
        // chris.handler works at two sites: still one line per course, and it is his own (never attended: overdue)
        List<Map<String, Object>> chris = get("chris.handler", "/api/training/mine").statusCode(200).extract()
                .jsonPath().getList("$");
        assertThat(chris).hasSize(1);
        assertThat(chris.get(0)).containsEntry("userId", "chris.handler").containsEntry("status", "overdue");
        // The manager list stays closed to staff
        get("emma.staff", "/api/training?site=ams-centrum").statusCode(403);
    }

    @Test
    void aSessionNeedsKnownEmployeesAndAHeldDate() {
        String course = post("henk.hq", "/api/courses", Map.of("name", "Taking consultations",
                "audience", "supervisors", "refreshInterval", "P2Y")).statusCode(201).extract().path("id");
        post("sanne.manager", "/api/courses/" + course + "/sessions", Map.of("site", "ams-centrum",
                "heldOn", "2026-01-10", "attendees", List.of("nobody.known"))).statusCode(422)
                .contentType("application/problem+json");
        post("henk.hq", "/api/courses", Map.of("name", "x", "audience", "everyone", "refreshInterval", "P1Y"))
                .statusCode(400).contentType("application/problem+json");
        post("henk.hq", "/api/courses", Map.of("name", "x", "audience", "supervisors", "refreshInterval", "yearly"))
                .statusCode(422).contentType("application/problem+json");
        post("emma.staff", "/api/courses", Map.of("name", "x", "audience", "supervisors", "refreshInterval", "P1Y"))
                .statusCode(403);
    }

    private static String stateOf(String userId) {
        return get("sanne.manager", "/api/training?site=ams-centrum").statusCode(200).extract().jsonPath()
                .getString("find { it.userId == '" + userId + "' }.status");
    }
}
