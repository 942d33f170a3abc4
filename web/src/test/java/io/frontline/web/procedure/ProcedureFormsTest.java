package io.frontline.web.procedure;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The case page's forms as incident-service's requests (seed 004). */
class ProcedureFormsTest {

    private static MultivaluedMap<String, String> form(String... pairs) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    @Test
    void everyone_present_at_a_hearing_signs_its_record_as_seen_unless_they_refused_with_a_reason() {
        Map<String, Object> body = ProcedureForms.body("hearings", form("heard", "emma.staff, lotte.agent",
                "record", "Verslag", "refusedBy", "lotte.agent", "refusalReason", "Niet juist weergegeven"),
                "kees.committee");

        assertThat(body.get("heard")).isEqualTo(List.of("emma.staff", "lotte.agent"));
        assertThat(body.get("acknowledgements")).isEqualTo(List.of(
                Map.of("person", "emma.staff", "seen", true),
                Map.of("person", "lotte.agent", "seen", false, "refusalReason", "Niet juist weergegeven"),
                Map.of("person", "kees.committee", "seen", true)));
    }

    @Test
    void a_decision_without_a_sanction_sends_none_and_blank_reasons_are_left_for_the_service_to_judge() {
        Map<String, Object> body = ProcedureForms.body("decision", form("sanction", "none", "measures",
                "Gesprek", "reasons", "  "), "hanna.hr");
        assertThat(body.get("sanction")).isNull();
        assertThat(body.get("reasons")).isNull();
        assertThat(body.get("measures")).isEqualTo("Gesprek");
    }

    @Test
    void a_suspension_carries_its_days_and_a_fine_its_amount() {
        Map<String, Object> suspension = ProcedureForms.body("report", form("sanction", "suspension",
                "suspensionDays", "3", "fineAmount", "99", "finding", "founded", "affected", "emma.staff"),
                "omar.committee");
        @SuppressWarnings("unchecked")
        Map<String, Object> advice = (Map<String, Object>) suspension.get("caseAdvice");
        assertThat(advice.get("sanction")).isEqualTo(Map.of("type", "suspension", "suspensionDays", new BigDecimal("3")));

        Map<String, Object> fine = ProcedureForms.body("decision", form("sanction", "fine", "fineAmount", "150,50"),
                "hanna.hr");
        assertThat(fine.get("sanction")).isEqualTo(Map.of("type", "fine", "fineAmount", new BigDecimal("150.50")));
    }
}
