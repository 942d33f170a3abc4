package io.frontline.incident.adapter.in.messaging;

import io.frontline.incident.application.domain.model.LiveRule;
import io.frontline.incident.application.domain.model.TranscriptSegment;
import io.frontline.incident.application.port.in.ScreenTranscriptSegmentUseCase;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventEnvelope;
import io.frontline.platform.events.MalformedEventException;
import io.frontline.platform.events.callcenter.CallcenterEventTypes;
import io.frontline.platform.events.callcenter.TranscriptSegmentV1;
import io.frontline.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.EnumSet;
import java.util.Set;

/**
 * Reads {@code callcenter.transcripts} while calls run. Each segment is screened once (the inbox records
 * its event id in the screening's transaction); the alert it raises is in the outbox when the transaction
 * commits, and the relay publishes it at once. The time from consuming a segment to its alert being
 * committed is logged and kept in {@link AlertLatencies}.
 */
@ApplicationScoped
class TranscriptSegmentConsumer {
    static final String CHANNEL = "transcripts-in";
    static final String CONSUMER = "incident-service.live-detection";
    private static final Logger LOG = Logger.getLogger(TranscriptSegmentConsumer.class);

    @Inject
    Inbox inbox;

    @Inject
    ScreenTranscriptSegmentUseCase screening;

    @Inject
    AlertLatencies latencies;

    @Incoming(CHANNEL)
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = MalformedEventException.class)
    public void consume(String record) {
        long consumedAt = System.nanoTime();
        EventEnvelope event = EventCodec.decode(record);
        if (!CallcenterEventTypes.TRANSCRIPT_SEGMENT_V1.equals(event.type())) {
            LOG.debugf("Ignoring %s %s", event.type(), event.id());
            return;
        }
        TranscriptSegment segment = toSegment(event);
        Set<LiveRule> raised = EnumSet.noneOf(LiveRule.class);
        inbox.handleOnce(CONSUMER, event, () -> raised.addAll(screening.screen(segment)));
        if (!raised.isEmpty()) {
            long micros = (System.nanoTime() - consumedAt) / 1_000;
            latencies.record(segment.callId(), micros);
            LOG.infof("Live alert %s for call %s committed %d µs after consuming the segment", raised,
                    segment.callId(), micros);
        }
    }

    static TranscriptSegment toSegment(EventEnvelope event) {
        TranscriptSegmentV1 data = EventCodec.data(event, TranscriptSegmentV1.class);
        try {
            return new TranscriptSegment(data.callId(), data.siteId(), data.agentId(),
                    data.callerSubjectKey() == null ? null : new SubjectKey(data.callerSubjectKey()), data.speaker(),
                    data.text(), data.startOffsetMs(), data.endOffsetMs(), data.language());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has invalid data: "
                    + e.getMessage(), e);
        }
    }
}
