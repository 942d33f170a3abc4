package io.frontline.e2e.system;

import io.restassured.http.ContentType;
import io.frontline.e2e.RunningStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The second thread in miniature: an incident reported at incident-service is received by sanction-service. */
@ExtendWith(RunningStack.class)
class IncidentReachesSanctionServiceTest {
    private static SystemStack stack;

    @BeforeAll
    static void startTheSystem() {
        stack = SystemStack.get();
    }

    @Test
    void a_reported_incident_is_received_by_sanction_service_with_the_subject_key_only() {
        Map<String, Object> perpetrator = Map.of("identifierKind", "phone", "identifier", "06-12345678",
                "description", "Man, ongeveer 40, rode jas");
        String incidentId = given().baseUri(stack.url("incident-service"))
                .header("Authorization", stack.bearer("emma.staff"))
                .contentType(ContentType.JSON)
                .body(Map.of("site", "ams-centrum", "types", List.of("threat"),
                        "description", "Klant dreigde de kassamedewerker op te wachten.", "perpetrator", perpetrator))
                .post("/api/incidents")
                .then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                .until(() -> signal("henk.hq", incidentId) != null);
        Map<String, Object> signal = signal("henk.hq", incidentId);
        assertThat(signal.get("severity")).isEqualTo("high");
        assertThat((String) signal.get("perpetratorSubjectKey")).startsWith("sk1_");
        assertThat(signal.toString()).doesNotContain("12345678");
        assertThat(signal("bram.manager", incidentId)).as("manager of another site").isNull();
    }

    private static Map<String, Object> signal(String username, String incidentId) {
        List<Map<String, Object>> signals = given().baseUri(stack.url("sanction-service"))
                .header("Authorization", stack.bearer(username))
                .get("/api/incident-signals")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return signals.stream().filter(s -> incidentId.equals(s.get("incidentId"))).findFirst().orElse(null);
    }
}
