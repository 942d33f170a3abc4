package io.frontline.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.web.admin.ConfigurationPages.Table;
import io.frontline.web.services.ServiceRefusal;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory form shows notification-service's refusals next to the fields they name, in the reader's words;
 * the configuration views turn the services' answers into rows without losing a value.
 */
class AdminPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The bundle's texts as their keys with the parameters. */
    private static AdminMessages keys() {
        return (AdminMessages) Proxy.newProxyInstance(AdminMessages.class.getClassLoader(),
                new Class<?>[]{AdminMessages.class}, (proxy, method, args) -> method.getName()
                        + (args == null ? "" : " " + String.join(" ", Arrays.stream(args).map(String::valueOf).toList())));
    }

    @Test
    void a_bad_e_mail_and_bad_quiet_hours_are_shown_next_to_their_fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("email", "must be a well-formed email address");
        fields.put("start", "must match \"\\d{2}:\\d{2}\"");
        Map<String, String> errors = FieldErrors.of(new ServiceRefusal(400, fields, 0), keys());
        assertThat(errors).containsExactly(Map.entry("email", "error_email"), Map.entry("quiet", "error_quiet"));
    }

    @Test
    void a_rule_the_service_applies_lands_on_its_field_and_a_taken_user_name_on_the_id() {
        assertThat(FieldErrors.of(new ServiceRefusal(422, Map.of("sites", "A site-manager needs at least one site"), 0),
                keys())).containsExactly(Map.entry("sites", "error_sites"));
        assertThat(FieldErrors.of(new ServiceRefusal(409, Map.of(), 0), keys()))
                .containsExactly(Map.entry("id", "error_id_taken"));
        assertThat(FieldErrors.of(new ServiceRefusal(422, Map.of(), 0), keys()))
                .containsExactly(Map.entry("form", "error_form"));
    }

    @Test
    void the_form_sends_blanks_as_missing_so_the_service_names_them() {
        PersonForm form = new PersonForm(" pieter.post ", "Pieter", "  ", "nl", "Europe/Amsterdam", "", "", null,
                List.of("utr-centraal"), null, "", null);
        Map<String, Object> body = form.body();
        assertThat(body).containsEntry("id", "pieter.post").containsEntry("email", null)
                .containsEntry("roles", List.of()).containsEntry("sites", List.of("utr-centraal"))
                .doesNotContainKey("quietHours");
    }

    @Test
    void every_escalation_level_is_a_row_with_its_wait_in_words() throws Exception {
        JsonNode policies = JSON.readTree("""
                [{"name": "critical", "minSeverity": "critical", "eventTypes": [], "repeat": 2,
                  "levels": [{"level": 1, "who": ["site-manager"], "acknowledgeWithin": "PT5M"},
                             {"level": 2, "who": ["regional-manager", "hr"], "acknowledgeWithin": "PT2H"}]}]
                """);
        List<Table> tables = ConfigurationTables.escalation(policies, keys());
        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).caption()).isEqualTo("policy_caption critical critical any 2");
        assertThat(tables.get(0).rows()).containsExactly(List.of("1", "site-manager", "unit_minutes 5"),
                List.of("2", "regional-manager, hr", "unit_hours 2"));
    }

    @Test
    void the_ladder_and_detection_thresholds_are_shown_as_loaded() throws Exception {
        JsonNode ladder = JSON.readTree("""
                {"steps": [{"step": "first", "ban": "P1M"}, {"step": "repeat", "ban": "P3M"}], "repeatWindow": "P1Y",
                 "warningForLowFirstOffence": true, "criticalTypes": ["physical-violence"],
                 "contactBanChannels": ["phone"], "contactBanAlternative": "written"}
                """);
        List<Table> steps = ConfigurationTables.ladder(ladder, keys());
        assertThat(steps.get(0).rows()).containsExactly(List.of("step_first", "unit_one_month"),
                List.of("step_repeat", "unit_months 3"));
        assertThat(steps.get(1).rows()).contains(List.of("ladder_window", "unit_months 12"));

        JsonNode detection = JSON.readTree("""
                {"rules": [{"rule": "stalking", "languageRule": true, "threshold": 2, "incidentTypes": ["threat"],
                            "phrases": {"en": 4, "ja": 3}},
                           {"rule": "call-length", "languageRule": false, "threshold": null, "incidentTypes": [],
                            "phrases": {}}],
                 "languageThreshold": 3, "maxCallLength": "PT30M", "repeatedCalls": 5, "repeatedCallsWindow": "PT24H",
                 "crossSitePattern": {"reports": 3, "sites": 2, "window": "PT720H"}}
                """);
        List<Table> tables = ConfigurationTables.detection(detection, keys());
        assertThat(tables.get(0).rows()).containsExactly(List.of("stalking", "2", "threat", "en 4, ja 3"),
                List.of("call-length", "—", "", "—"));
        assertThat(tables.get(1).rows()).contains(List.of("detection_max_call", "unit_minutes 30"),
                List.of("detection_repeated_calls", "detection_repeated_calls_value 5 unit_hours 24"),
                List.of("detection_pattern", "detection_pattern_value 3 2 unit_days 30"));
    }
}
