package io.frontline.web.incidents;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.web.Option;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/** Turns incident-service's answer into the incident page's view, in the reader's words. */
final class IncidentViews {
    private IncidentViews() {
    }

    /**
     * The steps offered for a status: the ones that lead on from it. Which step is allowed stays the service's
     * rule — a step it refuses comes back as its refusal, worded on the page.
     */
    static List<String> stepsFor(String status) {
        return switch (status) {
            case "reported" -> List.of("triage");
            case "triaged" -> List.of("investigation");
            case "under-investigation" -> List.of("confirmation", "unfounded");
            case "confirmed", "unfounded" -> List.of("closure", "reopening");
            case "closed" -> List.of("reopening");
            default -> List.of();
        };
    }

    static IncidentView of(JsonNode i, Words words, Locale locale, String siteName,
                           BiFunction<Instant, String, String> dateTime, String done, String refusedAction,
                           String refusal, ActionForm form) {
        IncidentTexts t = words.texts();
        String site = i.path("site").asText();
        String status = i.path("status").asText();
        List<String> types = new ArrayList<>();
        i.path("types").forEach(type -> types.add(words.type(type.asText())));
        List<IncidentView.Step> steps = new ArrayList<>();
        boolean first = true;
        for (String action : stepsFor(status)) {
            steps.add(new IncidentView.Step(action, words.get("step_", action),
                    words.find("step_" + action + "_hint") ? words.get("step_", action + "_hint") : null,
                    words.find("step_" + action + "_note") ? words.get("step_", action + "_note") : null, first));
            first = false;
        }
        JsonNode police = i.path("policeReport");
        List<String> known = new ArrayList<>();
        i.path("types").forEach(type -> known.add(type.asText()));
        List<Option> typeChoices = IncidentPages.TYPES.stream().filter(c -> !known.contains(c))
                .map(c -> new Option(c, words.type(c), form.types != null && form.types.contains(c))).toList();
        List<Option> roles = IncidentPages.STATEMENT_ROLES.stream()
                .map(r -> new Option(r, words.get("role_", r), r.equals(form.authorRole))).toList();
        String outcome = text(i, "outcome");
        return new IncidentView(i.path("id").asText(), i.path("reference").asText(), siteName, status,
                words.status(status), i.path("severity").asText(), words.get("severity_", i.path("severity").asText()),
                i.path("severityRaisedForRepeatPerpetrator").asBoolean(), String.join(", ", types),
                words.get("source_", i.path("source").asText()), dateTime.apply(instant(i, "occurredAt"), site),
                dateTime.apply(instant(i, "reportedAt"), site), text(i, "reportedBy"),
                i.path("immediateDanger").asBoolean(), text(i, "description"), join(i.path("victims")),
                join(i.path("witnesses")), text(i, "perpetratorDescription"),
                i.path("perpetratorSubjectKey").isTextual(), text(i, "complaintReference"),
                outcome == null ? null : words.status(outcome), text(i, "decidedBy"), text(i, "noOtherSourceReason"),
                text(i, "unfoundedReason"), text(i, "recurrencePreventionNote"), text(i, "reopenReason"),
                i.path("policeReportRecommended").asBoolean(), police.isObject() ? text(police, "station") : null,
                police.isObject() ? text(police, "reference") : null,
                police.isObject() && police.path("filedOn").isTextual()
                        ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                        .format(LocalDate.parse(police.path("filedOn").asText())) : null,
                steps, done, refusedAction, refusal, typeChoices, roles, form, List.of(), null, null);
    }

    private static Instant instant(JsonNode node, String field) {
        return node.path(field).isTextual() ? Instant.parse(node.path(field).asText()) : null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static String join(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values.isEmpty() ? null : String.join(", ", values);
    }
}
