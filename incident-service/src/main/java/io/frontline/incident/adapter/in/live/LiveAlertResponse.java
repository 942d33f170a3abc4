package io.frontline.incident.adapter.in.live;

import io.frontline.incident.application.domain.model.LiveAlert;
import io.frontline.platform.domain.WireName;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One live alert on the wire: what the console shows and the suggestion to act on. */
record LiveAlertResponse(long sequence, UUID suggestionId, String suggestionStatus, String callId, String site,
                         String agentId, String callerSubjectKey, String rule, long offsetMs, Instant detectedAt,
                         List<Line> lines) {
    record Line(String speaker, String text, long startOffsetMs) {
    }

    static LiveAlertResponse of(LiveAlert a) {
        return new LiveAlertResponse(a.sequence(), a.suggestionId(), WireName.fromConstant(a.suggestionStatus().name()),
                a.callId(), a.siteId(), a.agentId(), a.callerSubjectKey() == null ? null : a.callerSubjectKey().value(),
                a.rule().wireName(), a.offsetMs(), a.detectedAt(),
                a.lines().stream().map(l -> new Line(l.speaker(), l.text(), l.startOffsetMs())).toList());
    }
}
