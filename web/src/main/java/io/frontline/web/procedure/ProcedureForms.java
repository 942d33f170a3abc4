package io.frontline.web.procedure;

import jakarta.ws.rs.core.MultivaluedMap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.frontline.web.procedure.ProcedurePages.names;
import static io.frontline.web.procedure.ProcedurePages.text;

/**
 * A case page's form as the body incident-service expects for that step. Nothing is decided here: blank fields are
 * left out and the service says what is missing or not allowed.
 */
final class ProcedureForms {
    private ProcedureForms() {
    }

    static Map<String, Object> body(String step, MultivaluedMap<String, String> form, String member) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (step) {
            case "hearings" -> {
                List<String> heard = names(text(form, "heard"));
                body.put("heard", heard);
                body.put("record", text(form, "record"));
                body.put("acknowledgements", acknowledgements(heard, member, text(form, "refusedBy"),
                        text(form, "refusalReason")));
            }
            case "experts" -> body.put("expertise", text(form, "expertise"));
            case "interim-measures" -> {
                body.put("measure", text(form, "measure"));
                body.put("reason", text(form, "reason"));
            }
            case "votes" -> body.put("finding", text(form, "finding"));
            case "report" -> {
                body.put("affected", names(text(form, "affected")));
                body.put("finding", text(form, "finding"));
                Map<String, Object> advice = new LinkedHashMap<>();
                advice.put("sanction", sanction(form));
                advice.put("measures", text(form, "measures"));
                body.put("caseAdvice", advice);
                body.put("generalAdvice", text(form, "generalAdvice"));
            }
            case "decision" -> {
                body.put("sanction", sanction(form));
                body.put("site", text(form, "site"));
                body.put("transferToSite", text(form, "transferToSite"));
                body.put("measures", text(form, "measures"));
                body.put("reasons", text(form, "reasons"));
            }
            case "objections" -> body.put("reasons", text(form, "reasons"));
            case "positions" -> {
                body.put("text", text(form, "text"));
                body.put("inReplyTo", text(form, "inReplyTo"));
            }
            case "advisers" -> body.put("name", text(form, "name"));
            default -> throw new IllegalArgumentException("unknown step");
        }
        return body;
    }

    /**
     * seed 004, Klachtenprocedure 10: everyone present — those heard and the recording member — signs the record
     * as seen; the one who refused is recorded with the reason they gave.
     */
    static List<Map<String, Object>> acknowledgements(List<String> heard, String member, String refusedBy,
                                                      String reason) {
        Set<String> present = new LinkedHashSet<>(heard);
        present.add(member);
        List<Map<String, Object>> acks = new ArrayList<>();
        for (String person : present) {
            Map<String, Object> ack = new LinkedHashMap<>();
            ack.put("person", person);
            boolean refused = person.equals(refusedBy);
            ack.put("seen", !refused);
            if (refused) {
                ack.put("refusalReason", reason);
            }
            acks.add(ack);
        }
        return acks;
    }

    /** {@code sanction} (a type or blank for none), {@code suspensionDays}, {@code fineAmount}. */
    private static Map<String, Object> sanction(MultivaluedMap<String, String> form) {
        String type = text(form, "sanction");
        if (type == null || "none".equals(type)) {
            return null;
        }
        Map<String, Object> sanction = new LinkedHashMap<>();
        sanction.put("type", type);
        if ("suspension".equals(type)) {
            sanction.put("suspensionDays", number(text(form, "suspensionDays")));
        }
        if ("fine".equals(type)) {
            sanction.put("fineAmount", number(text(form, "fineAmount")));
        }
        return sanction;
    }

    private static Object number(String value) {
        if (value == null) {
            return null;
        }
        try {
            return new java.math.BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
