package io.frontline.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Story three, the employer's duties with evidence (seed 000): HQ safety publishes a new version of the basic policy →
 * an employee acknowledges it ("I have read this") → HR defines a course for customer-facing staff and the site
 * manager records the session the employee attended → the chain's compliance report counts both.
 */
public final class PreventionDutiesStory {
    public static final String SERVICE = "prevention-service";
    public static final String HQ = "henk.hq";
    public static final String HR = "hanna.hr";
    public static final String EMPLOYEE = "emma.staff";
    public static final String SITE_MANAGER = "sanne.manager";
    public static final String SITE = "ams-centrum";
    private static final ZoneId CHAIN = ZoneId.of("Europe/Amsterdam");

    private final StackClient stack;
    private int version;
    private String courseId;

    public PreventionDutiesStory(StackClient stack) {
        this.stack = stack;
    }

    private static LocalDate today() {
        return LocalDate.now(CHAIN);
    }

    /** HQ safety publishes a new version, in force today: everyone is asked to acknowledge it. */
    public JsonNode publishPolicy() {
        JsonNode published = stack.post(SERVICE, "/api/policies/basic-policy/versions", stack.userToken(HQ), Map.of(
                "effectiveFrom", today().toString(),
                "texts", Map.of(
                        "nl", Map.of("title", "Basisbeleid klantintimidatie", "body",
                                "Wij accepteren geen intimidatie van onze medewerkers. Je mag een gesprek beëindigen."),
                        "en", Map.of("title", "Basic policy on customer harassment", "body",
                                "We do not accept harassment of our staff. You may end an abusive conversation."),
                        "ja", Map.of("title", "カスタマーハラスメント基本方針", "body",
                                "従業員へのハラスメントを許しません。")))).expect(201).body();
        version = published.path("version").asInt();
        return published;
    }

    /** The employee reads it and states "I have read this". */
    public JsonNode acknowledge() {
        return stack.post(SERVICE, "/api/policies/basic-policy/acknowledgement", stack.userToken(EMPLOYEE),
                Map.of("version", version)).expect(200).body();
    }

    /** HR defines the yearly course; the site manager records the session the employee attended today. */
    public JsonNode recordTraining() {
        courseId = stack.post(SERVICE, "/api/courses", stack.userToken(HR), Map.of(
                "name", "Customer contact under pressure", "audience", "customer-facing", "refreshInterval", "P1Y",
                "requiredFrom", today().toString(),
                "scenarios", List.of("A customer shouts at the till about a refund", "A caller threatens an agent")))
                .expect(201).body().path("id").asText();
        return stack.post(SERVICE, "/api/courses/" + courseId + "/sessions", stack.userToken(SITE_MANAGER), Map.of(
                "site", SITE, "heldOn", today().toString(), "trainer", "Safety team",
                "attendees", List.of(EMPLOYEE))).expect(201).body();
    }

    /** The chain's compliance report, as HQ safety reads it. */
    public JsonNode chainReport() {
        return stack.get(SERVICE, "/api/compliance", stack.userToken(HQ)).expect(200).body();
    }

    /** One figure of a report by its measure, e.g. basic-policy.acknowledged-percent. */
    public static JsonNode figure(JsonNode report, String measure) {
        for (JsonNode f : report.path("figures")) {
            if (measure.equals(f.path("measure").asText())) {
                return f;
            }
        }
        throw new IllegalStateException("no figure " + measure + " in the report");
    }
}
