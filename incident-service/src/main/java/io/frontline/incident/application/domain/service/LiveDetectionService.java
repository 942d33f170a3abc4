package io.frontline.incident.application.domain.service;

import io.frontline.incident.application.port.in.ListSuggestionsCommand;
import io.frontline.platform.query.Cursor;
import io.frontline.platform.query.ListPage;
import io.frontline.platform.domain.WireName;
import io.frontline.incident.application.domain.model.Incident;
import io.frontline.incident.application.domain.model.LiveAlert;
import io.frontline.incident.application.domain.model.LiveAlertRaised;
import io.frontline.incident.application.domain.model.LiveDetection;
import io.frontline.incident.application.domain.model.LiveRule;
import io.frontline.incident.application.domain.model.SuggestedIncident;
import io.frontline.incident.application.domain.model.SuggestedIncidentStatus;
import io.frontline.incident.application.domain.model.SuggestionActedOn;
import io.frontline.incident.application.domain.model.TranscriptLine;
import io.frontline.incident.application.domain.model.TranscriptSegment;
import io.frontline.incident.application.port.in.DecideSuggestedIncidentCommand;
import io.frontline.incident.application.port.in.ScreenTranscriptSegmentUseCase;
import io.frontline.incident.application.port.in.SuggestedIncidentsUseCase;
import io.frontline.incident.application.port.in.TakeOverSuggestedIncidentCommand;
import io.frontline.incident.application.port.out.CallScreeningPort;
import io.frontline.incident.application.port.out.LiveAlertFeedPort;
import io.frontline.incident.application.port.out.PublishIncidentEventsPort;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.NotFound;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Live call-center detection: screens each segment of a running call, alerts the floor supervisor once per
 * call and rule, and keeps one suggested incident per call for them to confirm or dismiss.
 */
@ApplicationScoped
public class LiveDetectionService implements ScreenTranscriptSegmentUseCase, SuggestedIncidentsUseCase {
    /** Lines of the call kept to show beside an alert: the one that fired and those before it. */
    static final int LINES_BESIDE_AN_ALERT = 5;

    private final CallScreeningPort calls;
    private final LiveAlertFeedPort feed;
    private final LiveDetection detection;
    private final PublishIncidentEventsPort events;
    private final IncidentService incidents;
    private final Organisation organisation;
    private final Clock clock;

    @Inject
    public LiveDetectionService(CallScreeningPort calls, LiveAlertFeedPort feed, LiveDetection detection,
                                PublishIncidentEventsPort events, IncidentService incidents, Organisation organisation,
                                Clock clock) {
        this.calls = calls;
        this.feed = feed;
        this.detection = detection;
        this.events = events;
        this.incidents = incidents;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Set<LiveRule> screen(TranscriptSegment segment) {
        Instant now = clock.instant();
        calls.registerCall(segment, now);
        List<TranscriptLine> lines = calls.keepLine(segment, LINES_BESIDE_AN_ALERT);
        long callsOfCaller = segment.callerSubjectKey() == null ? 0
                : calls.callsOfCallerSince(segment.callerSubjectKey(),
                now.minus(detection.settings().repeatedCallsWindow()));
        Set<LiveRule> raised = EnumSet.noneOf(LiveRule.class);
        for (LiveRule rule : detection.rulesHitBy(segment, callsOfCaller)) {
            if (calls.recordAlert(segment.callId(), rule, segment.endOffsetMs(), now)) {
                raised.add(rule);
            }
        }
        if (raised.isEmpty()) {
            return raised;
        }
        SuggestedIncident suggestion = calls.suggestionForCall(segment.callId())
                .orElseGet(() -> new SuggestedIncident(UUID.randomUUID(), segment.callId(), segment.siteId(),
                        segment.agentId(), segment.callerSubjectKey(), EnumSet.noneOf(LiveRule.class), now,
                        SuggestedIncidentStatus.OPEN, null, null, null, null, segment.language()))
                .withLanguageIfUnknown(segment.language());
        Set<LiveRule> rules = EnumSet.noneOf(LiveRule.class);
        rules.addAll(suggestion.rules());
        rules.addAll(raised);
        SuggestedIncident updated = new SuggestedIncident(suggestion.id(), suggestion.callId(), suggestion.siteId(),
                suggestion.agentId(), suggestion.callerSubjectKey(), rules, suggestion.suggestedAt(),
                suggestion.status(), suggestion.dismissalReason(), suggestion.decidedBy(), suggestion.decidedAt(),
                suggestion.incidentId(), suggestion.language());
        calls.save(updated);
        for (LiveRule rule : raised) {
            events.publish(new LiveAlertRaised(UUID.randomUUID(), segment, rule, updated.id(), now));
        }
        // Last in the transaction: the feed numbers alerts in commit order and holds that order until the commit.
        for (LiveRule rule : raised) {
            feed.append(new LiveAlert(0, updated.id(), segment.callId(), segment.siteId(), segment.agentId(),
                    segment.callerSubjectKey(), rule, segment.endOffsetMs(), now, lines, updated.status()));
        }
        return raised;
    }

    @Override
    @Transactional
    public ListPage<SuggestedIncident> suggestions(
            ListSuggestionsCommand command) {
        List<SuggestedIncident> rows = calls.suggestionsAt(sitesOf(command.actor()), command.status(),
                command.after(), command.limit() + 1);
        return ListPage.of(rows, command.limit(),
                last -> Cursor.of(
                        ListSuggestionsCommand.SORT,
                        last.suggestedAt().toString(), last.id().toString()));
    }

    @Override
    @Transactional
    public List<CallScreeningPort.DetectionOutcome> outcomes(Actor actor) {
        return calls.outcomesAt(sitesOf(actor));
    }

    private List<String> sitesOf(Actor actor) {
        return actor.isChainWide()
                ? organisation.regions().stream().flatMap(r -> organisation.sitesInRegion(r.id()).stream())
                .map(Site::id).toList()
                : List.copyOf(actor.sites());
    }

    @Override
    @Transactional
    public SuggestedIncident decide(DecideSuggestedIncidentCommand command) {
        Actor actor = command.actor();
        SuggestedIncident suggestion = calls.loadSuggestion(command.suggestionId())
                .filter(s -> actor.canAccessSite(s.siteId(), organisation))
                .orElseThrow(() -> new NotFound("suggested incident", command.suggestionId().toString()));
        Instant now = clock.instant();
        SuggestedIncident decided;
        if (command.confirm()) {
            suggestion.confirmed(actor.userId(), null, now); // refuses a decided suggestion before anything is filed
            String rules = suggestion.rules().stream().map(r -> WireName.fromConstant(r.name()))
                    .collect(Collectors.joining(", "));
            Incident incident = incidents.reportFromCallCenter(suggestion.siteId(), suggestion.incidentTypes(),
                    "Live detection during call " + suggestion.callId() + " (" + rules + "), confirmed by the "
                            + "floor supervisor.", suggestion.callerSubjectKey(), actor.userId(),
                    suggestion.suggestedAt());
            decided = suggestion.confirmed(actor.userId(), incident.id(), now);
        } else {
            decided = suggestion.dismissed(command.reason(), actor.userId(), now);
        }
        calls.save(decided);
        events.publish(new SuggestionActedOn(UUID.randomUUID(), decided, command.confirm()
                ? SuggestionActedOn.Action.CONFIRMED : SuggestionActedOn.Action.DISMISSED, actor.userId(), now));
        return decided;
    }

    @Override
    @Transactional
    public SuggestedIncident takeOver(TakeOverSuggestedIncidentCommand command) {
        Actor actor = command.actor();
        SuggestedIncident suggestion = calls.loadSuggestion(command.suggestionId())
                .filter(s -> actor.canAccessSite(s.siteId(), organisation))
                .orElseThrow(() -> new NotFound("suggested incident", command.suggestionId().toString()));
        Instant now = clock.instant();
        // A second takeover by the same person changes nothing and tells nobody again.
        if (calls.recordTakeover(suggestion.id(), actor.userId(), now)) {
            events.publish(new SuggestionActedOn(UUID.randomUUID(), suggestion, SuggestionActedOn.Action.TAKEN_OVER,
                    actor.userId(), now));
        }
        return suggestion;
    }
}
