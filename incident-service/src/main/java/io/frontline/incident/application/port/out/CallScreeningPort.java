package io.frontline.incident.application.port.out;

import io.frontline.platform.query.Cursor;
import io.frontline.incident.application.domain.model.LiveRule;
import io.frontline.incident.application.domain.model.SuggestedIncident;
import io.frontline.incident.application.domain.model.SuggestedIncidentStatus;
import io.frontline.incident.application.domain.model.TranscriptLine;
import io.frontline.incident.application.domain.model.TranscriptSegment;
import io.frontline.platform.domain.SubjectKey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The state of live detection per call, kept in the database so that re-consumed segments and restarts
 * change nothing: the calls seen, the alerts raised (one per call and rule), the suggestion per call.
 */
public interface CallScreeningPort {
    /** Records the call at its first segment and locks it for the rest of the transaction. */
    void registerCall(TranscriptSegment segment, Instant now);

    /**
     * Keeps the segment as one of the call's last {@code keep} lines (the call is locked by {@link #registerCall});
     * returns those lines in the call's order, this one included: what the supervisor reads beside an alert.
     */
    List<TranscriptLine> keepLine(TranscriptSegment segment, int keep);

    /** Calls from the subject first seen at or after {@code since}. */
    long callsOfCallerSince(SubjectKey caller, Instant since);

    /** @return false if the rule had already fired for the call */
    boolean recordAlert(String callId, LiveRule rule, long offsetMs, Instant now);

    Optional<SuggestedIncident> suggestionForCall(String callId);

    Optional<SuggestedIncident> loadSuggestion(UUID id);

    void save(SuggestedIncident suggestion);

    /**
     * Suggestions at the sites with the status, newest first, at most {@code rows}, after the cursor's suggested time
     * and id when one is given.
     */
    List<SuggestedIncident> suggestionsAt(List<String> siteIds, SuggestedIncidentStatus status,
                                          Cursor after, int rows);

    /** How often each rule's suggestions at the sites were confirmed, dismissed or are still open. */
    List<DetectionOutcome> outcomesAt(List<String> siteIds);

    /** Decided suggestions per rule; dismissals point at word lists or thresholds to tune. */
    record DetectionOutcome(LiveRule rule, long open, long confirmed, long dismissed) {
    }

    /** Records that the person took the call over; false when they had already. */
    boolean recordTakeover(UUID suggestionId, String by, Instant at);
}
