package io.frontline.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.localstack.demo.StackClient.Mail;
import io.frontline.platform.security.IdentifierKind;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Story two, a reasonable grievance in abusive words: a customer files it on the public form → an
 * acknowledgement with the due date reaches the address they gave → the site manager sees it in the
 * inbox → the handler confirms the abusive manner (but a reasonable demand) → an incident opens from
 * the complaint → the complaint is still answered within its term, and the customer sees it resolved.
 */
public final class AbusiveComplaintStory {
    public static final String SITE = "ams-centrum";
    public static final String HANDLER = "chris.handler";
    public static final String SITE_MANAGER = "sanne.manager";
    private static final Duration EVENTUAL = Duration.ofSeconds(30);

    private final StackClient stack;
    public final String customerEmail;
    public final String customerSubjectKey;
    private String reference;
    private String trackingSecret;

    public AbusiveComplaintStory(StackClient stack) {
        this.stack = stack;
        this.customerEmail = "klant-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        this.customerSubjectKey = stack.subjectKey(IdentifierKind.EMAIL, customerEmail);
    }

    public String reference() {
        return reference;
    }

    /** The customer files on the public form (no account): the answer with reference and due date. */
    public JsonNode fileComplaint() {
        JsonNode filed = stack.post("complaint-service", "/api/public/complaints", null, Map.of(
                "site", SITE, "channel", "web", "category", "product",
                "subject", "Kapotte wasmachine, ik wil mijn geld terug",
                "description", "Die klotewinkel van jullie verkoopt waardeloze troep, stelletje idioten. "
                        + "De wasmachine die ik op 3 november kocht lekt na twee weken. Ik wil mijn geld terug.",
                "contact", Map.of("name", "J. de Klant", "email", customerEmail),
                "language", "nl")).expect(201).body();
        reference = filed.path("reference").asText();
        trackingSecret = filed.path("trackingSecret").asText();
        return filed;
    }

    /** The customer's mailbox: the acknowledgement naming the reference. */
    public Mail awaitAcknowledgementMail() {
        return stack.awaitMail(customerEmail, m -> m.subject().contains(reference), EVENTUAL,
                "acknowledgement of " + reference);
    }

    /** The site manager's in-app inbox: the entry for the received complaint. */
    public JsonNode awaitInboxEntry() {
        String token = stack.userToken(SITE_MANAGER);
        return StackClient.await(EVENTUAL, "inbox entry for " + reference + " of " + SITE_MANAGER, () -> {
            for (JsonNode entry : stack.get("notification-service", "/api/inbox", token).expect(200).body()) {
                if (reference.equals(entry.path("reference").asText())) {
                    return Optional.of(entry);
                }
            }
            return Optional.empty();
        });
    }

    /** The handler finds the complaint and judges it: a reasonable demand in an abusive manner. */
    public JsonNode confirmAbusiveManner() {
        String token = stack.userToken(HANDLER);
        String id = complaint(token).path("id").asText();
        return stack.post("complaint-service", "/api/complaints/" + id + "/conduct", token, Map.of(
                "demand", "reasonable", "manner", "abusive", "indicators", List.of("insult"),
                "reason", "Scheldwoorden naar de winkel en het personeel; de vraag om terugbetaling is redelijk."))
                .expect(200).body();
    }

    /** What the site manager sees in incident-service: the incident opened from the complaint. */
    public JsonNode awaitIncidentFromComplaint() {
        String token = stack.userToken(SITE_MANAGER);
        String incidentId = StackClient.await(EVENTUAL, "an incident for the complainant of " + reference, () -> {
            JsonNode history = stack.get("incident-service", "/api/subjects/" + customerSubjectKey + "/history", token)
                    .body().path("history");
            return history.size() == 0 ? Optional.empty() : Optional.of(history.get(0).path("id").asText());
        });
        return stack.get("incident-service", "/api/incidents/" + incidentId, token).expect(200).body();
    }

    /** The handler answers the complaint on its substance; the complaint as the handler then reads it. */
    public JsonNode resolve() {
        String token = stack.userToken(HANDLER);
        String id = complaint(token).path("id").asText();
        if ("received".equals(complaint(token).path("status").asText())) {
            stack.post("complaint-service", "/api/complaints/" + id + "/acknowledge", token, Map.of()).expect(200);
        }
        stack.post("complaint-service", "/api/complaints/" + id + "/start", token, Map.of()).expect(200);
        stack.post("complaint-service", "/api/complaints/" + id + "/resolve", token, Map.of("text",
                "U krijgt het volledige aankoopbedrag terug; de wasmachine wordt kosteloos opgehaald.")).expect(200);
        return complaint(token);
    }

    /** What the customer sees on the tracking page. */
    public JsonNode publicStatus() {
        return stack.getWithHeader("complaint-service", "/api/public/complaints/" + reference,
                "X-Tracking-Secret", trackingSecret).expect(200).body();
    }

    private JsonNode complaint(String token) {
        return stack.get("complaint-service", "/api/complaints/by-reference/" + reference, token).expect(200).body();
    }
}
