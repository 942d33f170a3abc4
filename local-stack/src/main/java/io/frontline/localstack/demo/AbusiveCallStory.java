package io.frontline.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.localstack.demo.StackClient.Mail;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventEnvelope;
import io.frontline.platform.events.Topics;
import io.frontline.platform.events.callcenter.CallcenterEventTypes;
import io.frontline.platform.events.callcenter.TranscriptSegmentV1;
import io.frontline.platform.security.IdentifierKind;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Story one, the closed loop of the call center: an abusive call is streamed → the floor supervisor
 * gets a live alert → he confirms the suggested incident and takes it to "confirmed" → sanction-service
 * proposes a one-month contact ban → HQ safety approves it (four eyes) → the caller's next call is
 * checked at its start and comes back banned → the manager is told of the violation.
 * Each step does what the person does and returns what they see; the test asserts on it.
 */
public final class AbusiveCallStory {
    public static final String CALL_CENTER = "cc-rotterdam";
    public static final String SUPERVISOR = "ruben.supervisor";
    public static final String SUPERVISOR_MAIL = "ruben.supervisor@demo-retail.example";
    public static final String APPROVER = "henk.hq";
    private static final Duration EVENTUAL = Duration.ofSeconds(30);

    private final StackClient stack;
    public final String callId;
    public final String callerPhone;
    public final String callerSubjectKey;
    private int mailsNamingTheBanBeforeTheCall;

    public AbusiveCallStory(StackClient stack) {
        this.stack = stack;
        this.callId = "call-" + UUID.randomUUID().toString().substring(0, 8);
        // A fresh caller each run: a ban of an earlier run must not decide this one.
        this.callerPhone = "06" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        this.callerSubjectKey = stack.subjectKey(IdentifierKind.PHONE, callerPhone);
    }

    /**
     * The call-center platform streams the call with the caller's number (ANI), as real platforms know it;
     * the caller turns abusive in segments 5 and 9.
     */
    public int streamAbusiveCall() {
        String[][] lines = {
                {"agent", "Goedemiddag, klantenservice, u spreekt met Lotte."},
                {"caller", "Ja hallo, ik bel over mijn bestelling van vorige week."},
                {"agent", "Dat zoek ik even voor u op. Mag ik uw ordernummer?"},
                {"caller", "Dat is 4471-22, het pakket is nooit aangekomen."},
                {"agent", "Ik zie dat het pakket bij de buren is afgeleverd."},
                {"caller", "Wat een kutbedrijf, jullie zijn echt achterlijk."},
                {"agent", "Ik begrijp dat u boos bent, ik wil u graag helpen."},
                {"caller", "Ik wil gewoon mijn geld terug."},
                {"agent", "Ik kan een onderzoek starten bij de vervoerder."},
                {"caller", "Kankerlijers zijn jullie allemaal, idioten."},
                {"agent", "Als u zo blijft praten, moet ik het gesprek beëindigen."},
                {"caller", "Doe maar gewoon dat onderzoek dan."},
        };
        for (int i = 0; i < lines.length; i++) {
            // The platform knows the caller's number, not our keys: Frontline hashes it on receipt.
            TranscriptSegmentV1 segment = new TranscriptSegmentV1(callId, CALL_CENTER, "agent-17", null,
                    lines[i][0], lines[i][1], i * 10_000L, i * 10_000L + 9_000L, "nl", callerPhone);
            stack.publish(Topics.CALLCENTER_TRANSCRIPTS, callId, EventCodec.encode(new EventEnvelope(
                    EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/frontline/callcenter-platform",
                    CallcenterEventTypes.TRANSCRIPT_SEGMENT_V1, Instant.now(), callId, EventEnvelope.JSON,
                    EventCodec.toData(segment))));
        }
        return lines.length;
    }

    /** The floor supervisor's mailbox: the live alert naming the call. */
    public Mail awaitLiveAlertMail() {
        return stack.awaitMail(SUPERVISOR_MAIL, m -> m.subject().contains(callId), EVENTUAL,
                "live alert for " + callId);
    }

    /** The supervisor's list of suggestions holds this call's; he confirms it into an incident, which he reads. */
    public JsonNode confirmSuggestion() {
        String token = stack.userToken(SUPERVISOR);
        JsonNode suggestion = StackClient.await(EVENTUAL, "suggested incident for " + callId, () -> {
            for (JsonNode s : stack.get("incident-service", "/api/suggested-incidents?limit=200", token).expect(200).body()
                    .path("items")) {
                if (callId.equals(s.path("callId").asText())) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        });
        String incidentId = stack.post("incident-service", "/api/suggested-incidents/" + suggestion.path("id").asText()
                + "/confirmation", token, Map.of()).expect(200).body().path("incidentId").asText();
        return stack.get("incident-service", "/api/incidents/" + incidentId, token).expect(200).body();
    }

    /** The supervisor takes the incident through triage and investigation to confirmed; the answer of the last step. */
    public JsonNode confirmIncident(String incidentId) {
        String token = stack.userToken(SUPERVISOR);
        String base = "/api/incidents/" + incidentId;
        stack.post("incident-service", base + "/triage", token, Map.of()).expect(200);
        stack.post("incident-service", base + "/investigation", token, Map.of()).expect(200);
        return stack.post("incident-service", base + "/confirmation", token, Map.of("note",
                "Opname van het gesprek beluisterd; de agent was de enige andere deelnemer.")).expect(200).body();
    }

    /** What HQ safety sees: the measure sanction-service proposed for this caller. */
    public JsonNode awaitProposedBan() {
        String token = stack.userToken(APPROVER);
        return StackClient.await(EVENTUAL, "a proposed measure for the caller", () -> {
            JsonNode measures = stack.get("sanction-service", "/api/measures?subjectKey=" + callerSubjectKey, token)
                    .expect(200).body();
            return measures.size() == 0 ? Optional.empty() : Optional.of(measures.get(0));
        });
    }

    /** The second pair of eyes: HQ safety approves. */
    public JsonNode approve(String measureId) {
        return stack.post("sanction-service", "/api/measures/" + measureId + "/approve", stack.userToken(APPROVER),
                Map.of()).expect(200).body();
    }

    /** The caller rings again: the call-center platform checks the number at the start of the call. */
    public JsonNode checkNextCall(String measureId) {
        mailsNamingTheBanBeforeTheCall = mailsNaming(measureId).size();
        return stack.post("sanction-service", "/api/bans/check", stack.clientToken("callcenter-platform"),
                Map.of("identifierKind", "phone", "identifier", callerPhone, "site", CALL_CENTER, "channel", "phone"))
                .expect(200).body();
    }

    /**
     * The site manager's mailbox: the notice that the ban was violated, naming the measure. The proposal
     * was announced to the same manager with the same measure, so the notice is the mail naming the
     * measure that came on top of those there before the call — and on top of the proposal's.
     */
    public Mail awaitViolationMail(String measureId) {
        return StackClient.await(EVENTUAL, "ban-violation notice for measure " + measureId + " (a mail to "
                + SUPERVISOR_MAIL + ")", () -> {
            List<Mail> naming = mailsNaming(measureId);
            boolean arrived = naming.size() >= Math.max(2, mailsNamingTheBanBeforeTheCall + 1);
            return arrived ? Optional.of(naming.get(naming.size() - 1)) : Optional.empty();
        });
    }

    /**
     * What HQ safety sees of the live alerts' escalations for this call once the supervisor confirmed the
     * suggestion: each acknowledged "by action" in his name, none open (so nobody above him is paged).
     */
    public List<JsonNode> awaitLiveAlertEscalationsAcknowledged() {
        String token = stack.userToken(APPROVER);
        return StackClient.await(EVENTUAL, "the live alert's escalation for " + callId + " acknowledged", () -> {
            List<JsonNode> open = escalationsOfTheCall("open", token);
            List<JsonNode> acknowledged = escalationsOfTheCall("acknowledged", token);
            return open.isEmpty() && !acknowledged.isEmpty() ? Optional.of(acknowledged) : Optional.empty();
        });
    }

    /** Mails about this call to anyone but the supervisor: a page to those above him (regional manager, HQ safety). */
    public List<Mail> pagesAboveTheSupervisor() {
        return stack.mails().stream().filter(m -> !m.isTo(SUPERVISOR_MAIL))
                .filter(m -> m.subject().contains(callId) || m.text().contains(callId)).toList();
    }

    private List<JsonNode> escalationsOfTheCall(String status, String token) {
        List<JsonNode> found = new java.util.ArrayList<>();
        for (JsonNode e : stack.get("notification-service", "/api/escalations?limit=200&status=" + status + "&reference="
                + java.net.URLEncoder.encode(callId, java.nio.charset.StandardCharsets.UTF_8), token).expect(200).body()
                .path("items")) {
            if (callId.equals(e.path("reference").asText())) {
                found.add(e);
            }
        }
        return found;
    }

    private List<Mail> mailsNaming(String measureId) {
        return stack.mails().stream().filter(m -> m.isTo(SUPERVISOR_MAIL)).filter(m -> m.text().contains(measureId))
                .toList();
    }
}
