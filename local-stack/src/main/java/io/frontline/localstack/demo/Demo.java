package io.frontline.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.localstack.StackSettings;
import io.frontline.localstack.demo.StackClient.Mail;

import java.io.PrintStream;
import java.util.function.Function;
import java.util.function.Supplier;

/** {@code bin/frontline demo}: the stories through the running system, each step with its timing. */
public final class Demo {
    private final StackSettings settings;
    private final PrintStream out;
    private boolean allPassed = true;

    public Demo(StackSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** Plays the stories; true when every step did what it should. */
    public boolean run() {
        try (StackClient stack = new StackClient(settings)) {
            long begin = System.nanoTime();
            abusiveCall(stack);
            abusiveComplaint(stack);
            preventionDuties(stack);
            out.printf("%nDemo %s in %.1f s. Mails: bin/frontline mails, or %s/mails.txt%n%n",
                    allPassed ? "complete" : "finished with failed steps", (System.nanoTime() - begin) / 1e9,
                    settings.mailReaderUrl());
        }
        return allPassed;
    }

    private void abusiveCall(StackClient stack) {
        AbusiveCallStory story = new AbusiveCallStory(stack);
        out.println("Story 1 — an abusive call, from live alert to a contact ban that holds (call " + story.callId + ")");
        out.println("  Pages: the supervisor's and HQ's screens are not available yet (API only); an employee reports the same"
                + " way at " + settings.webUrl() + "/staff/report and follows it at " + settings.webUrl() + "/staff/reports");
        step("1.1 call-center platform streams the call", story::streamAbusiveCall,
                n -> n + " transcript segments on callcenter.transcripts");
        step("1.2 floor supervisor gets a live-alert mail", story::awaitLiveAlertMail, Demo::describe);
        JsonNode incident = step("1.3 supervisor confirms the suggested incident", story::confirmSuggestion,
                i -> i.path("reference").asText() + ", " + i.path("types") + ", source " + i.path("source").asText());
        if (incident == null) {
            return;
        }
        step("1.3a his action acknowledges the live alert: nobody above him is paged",
                story::awaitLiveAlertEscalationsAcknowledged, l -> l.size() + " escalation(s) acknowledged by "
                        + l.get(0).path("acknowledgedBy").asText() + " via " + l.get(0).path("acknowledgedVia").asText());
        JsonNode confirmed = step("1.4 supervisor takes it through triage and investigation to confirmed",
                () -> story.confirmIncident(incident.path("id").asText()), i -> "status " + i.path("status").asText());
        if (confirmed == null) {
            return;
        }
        JsonNode proposal = step("1.5 sanction-service proposes a measure", story::awaitProposedBan,
                m -> m.path("type").asText() + " for " + m.path("duration").asText() + " (rule "
                        + m.path("proposal").path("rule").asText() + "), status " + m.path("status").asText());
        if (proposal == null) {
            return;
        }
        String measureId = proposal.path("id").asText();
        JsonNode approved = step("1.6 HQ safety approves it (second pair of eyes)", () -> story.approve(measureId),
                m -> "status " + m.path("status").asText() + ", until " + m.path("until").asText());
        if (approved == null) {
            return;
        }
        step("1.7 the caller rings again: ban check at call start", () -> story.checkNextCall(measureId),
                c -> "banned " + c.path("banned").asText() + ", alternative channel "
                        + c.path("alternativeChannel").asText());
        step("1.8 site manager gets the violation notice", () -> story.awaitViolationMail(measureId), Demo::describe);
    }

    private void abusiveComplaint(StackClient stack) {
        AbusiveComplaintStory story = new AbusiveComplaintStory(stack);
        out.println();
        out.println("Story 2 — a reasonable complaint in abusive words is still answered in time");
        out.println("  Pages: the form " + settings.webUrl() + "/complaints/new, the procedure " + settings.webUrl()
                + "/procedure, tracking " + settings.webUrl() + "/complaints/track (reference and code from step 2.1)");
        JsonNode filed = step("2.1 customer files on the public form", story::fileComplaint,
                f -> f.path("reference").asText() + ", answer due " + f.path("responseDue").asText());
        if (filed == null) {
            return;
        }
        step("2.2 customer gets the acknowledgement mail", story::awaitAcknowledgementMail, Demo::describe);
        step("2.3 site manager sees it in the inbox", story::awaitInboxEntry,
                e -> e.path("eventType").asText() + " for " + e.path("reference").asText());
        step("2.4 handler confirms: reasonable demand, abusive manner", story::confirmAbusiveManner,
                c -> "conduct " + c.path("conduct").path("demand").asText() + "/" + c.path("conduct").path("manner").asText()
                        + ", status " + c.path("status").asText());
        step("2.5 an incident opens from the complaint", story::awaitIncidentFromComplaint,
                i -> i.path("reference").asText() + ", source " + i.path("source").asText());
        step("2.6 handler answers the complaint", story::resolve,
                c -> "status " + c.path("status").asText() + ", due " + c.path("responseDue").asText());
        step("2.7 customer's tracking page", story::publicStatus, s -> "status " + s.path("status").asText());
    }

    private void preventionDuties(StackClient stack) {
        PreventionDutiesStory story = new PreventionDutiesStory(stack);
        out.println();
        out.println("Story 3 — the employer's duties, with evidence: policy acknowledged, training recorded");
        JsonNode published = step("3.1 HQ safety publishes the basic policy", story::publishPolicy,
                p -> "version " + p.path("version").asText() + ", in force from " + p.path("effectiveFrom").asText());
        if (published == null) {
            return;
        }
        step("3.2 employee acknowledges it (\"I have read this\")", story::acknowledge,
                a -> "acknowledged at " + a.path("acknowledgedAt").asText());
        step("3.3 site manager records the training session", story::recordTraining, s -> "session " + s.path("id").asText());
        step("3.4 HQ reads the chain's compliance report", story::chainReport,
                r -> "policy " + PreventionDutiesStory.figure(r, "basic-policy.acknowledged-percent").path("detail").asText()
                        + ", training " + PreventionDutiesStory.figure(r, "customer-facing.current-percent").path("detail").asText());
    }

    private <T> T step(String title, Supplier<T> action, Function<T, String> describe) {
        out.printf("  %-72s ", title);
        out.flush();
        long begin = System.nanoTime();
        try {
            T result = action.get();
            out.printf("%6d ms  %s%n", (System.nanoTime() - begin) / 1_000_000, describe.apply(result));
            return result;
        } catch (RuntimeException e) {
            allPassed = false;
            out.printf("%6d ms  FAILED: %s%n", (System.nanoTime() - begin) / 1_000_000, e.getMessage());
            return null;
        }
    }

    private static String describe(Mail mail) {
        return "to " + String.join(", ", mail.to()) + ": \"" + mail.subject() + "\"";
    }
}
