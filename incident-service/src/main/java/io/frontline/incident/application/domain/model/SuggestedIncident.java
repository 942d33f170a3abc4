package io.frontline.incident.application.domain.model;

import io.frontline.platform.domain.IllegalTransition;
import io.frontline.platform.domain.RuleViolation;
import io.frontline.platform.domain.SubjectKey;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What live detection proposes for one call: an incident that a person confirms (it becomes a normal
 * incident) or dismisses (kept with the reason, so the word lists and thresholds can be tuned). The language is
 * that of the call's segments (nl, en, ja; null when unknown), so the detector's precision is read per language.
 */
public record SuggestedIncident(UUID id, String callId, String siteId, String agentId, SubjectKey callerSubjectKey,
                                Set<LiveRule> rules, Instant suggestedAt, SuggestedIncidentStatus status,
                                String dismissalReason, String decidedBy, Instant decidedAt, UUID incidentId,
                                String language) {
    public SuggestedIncident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(siteId, "siteId");
        rules = rules.isEmpty() ? EnumSet.noneOf(LiveRule.class) : EnumSet.copyOf(rules);
        Objects.requireNonNull(status, "status");
        language = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
    }

    /** The same suggestion with the call's language, when it had none yet (the first language the call showed). */
    public SuggestedIncident withLanguageIfUnknown(String spoken) {
        return language != null || spoken == null || spoken.isBlank() ? this
                : new SuggestedIncident(id, callId, siteId, agentId, callerSubjectKey, rules, suggestedAt, status,
                dismissalReason, decidedBy, decidedAt, incidentId, spoken);
    }

    /** The incident types the rules that fired stand for. */
    public Set<IncidentType> incidentTypes() {
        Set<IncidentType> types = EnumSet.noneOf(IncidentType.class);
        rules.forEach(r -> types.addAll(r.incidentTypes()));
        return types.isEmpty() ? EnumSet.of(IncidentType.OTHER) : types;
    }

    public SuggestedIncident confirmed(String by, UUID incident, Instant now) {
        requireOpen("confirmed");
        return new SuggestedIncident(id, callId, siteId, agentId, callerSubjectKey, rules, suggestedAt,
                SuggestedIncidentStatus.CONFIRMED, null, by, now, incident, language);
    }

    public SuggestedIncident dismissed(String reason, String by, Instant now) {
        requireOpen("dismissed");
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "Say why the suggestion is dismissed; it helps tune detection");
        }
        return new SuggestedIncident(id, callId, siteId, agentId, callerSubjectKey, rules, suggestedAt,
                SuggestedIncidentStatus.DISMISSED, reason.strip(), by, now, null, language);
    }

    private void requireOpen(String action) {
        if (status != SuggestedIncidentStatus.OPEN) {
            throw new IllegalTransition("suggested incident", status.name().toLowerCase(Locale.ROOT), action);
        }
    }
}
