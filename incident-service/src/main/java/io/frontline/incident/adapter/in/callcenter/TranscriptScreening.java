package io.frontline.incident.adapter.in.callcenter;

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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Screens one segment of a running call, once (the inbox records its event id in the screening's
 * transaction), whether it came as a record of {@code callcenter.transcripts} or in a batch by HTTP
 * ({@link SegmentIngestResource}); the alert it raises is in the outbox when the transaction commits, and
 * the relay publishes it at once. The caller's raw number, when the platform sends one, becomes the subject key here,
 * at the edge, and goes no further. The time from consuming a segment to its alert being committed is logged
 * and kept in {@link AlertLatencies}.
 */
@ApplicationScoped
class TranscriptScreening {
    static final String CONSUMER = "incident-service.live-detection";
    private static final Logger LOG = Logger.getLogger(TranscriptScreening.class);

    @Inject
    Inbox inbox;

    @Inject
    ScreenTranscriptSegmentUseCase screening;

    @Inject
    AlertLatencies latencies;

    @Inject
    CallerNumbers callerNumbers;

    @Retry(maxRetries = 3, delay = 200, abortOn = MalformedEventException.class)
    public void screen(String record) {
        long consumedAt = System.nanoTime();
        EventEnvelope event = EventCodec.decode(record);
        if (!CallcenterEventTypes.TRANSCRIPT_SEGMENT_V1.equals(event.type())) {
            LOG.debugf("Ignoring %s %s", event.type(), event.id());
            return;
        }
        screenOnce(event, consumedAt);
    }

    /**
     * Screens one segment, whichever route it came by (the topic, or {@link SegmentIngestResource}), once per
     * event id. {@code receivedAt} ({@link System#nanoTime()}) starts the alert's latency.
     *
     * @return the rules that raised a new alert
     */
    @Retry(maxRetries = 3, delay = 200, abortOn = MalformedEventException.class)
    public Set<LiveRule> screen(EventEnvelope event, long receivedAt) {
        return screenOnce(event, receivedAt);
    }

    private Set<LiveRule> screenOnce(EventEnvelope event, long consumedAt) {
        TranscriptSegment segment = toSegment(event);
        Set<LiveRule> raised = EnumSet.noneOf(LiveRule.class);
        inbox.handleOnce(CONSUMER, event, () -> raised.addAll(screening.screen(segment)));
        if (!raised.isEmpty()) {
            long micros = (System.nanoTime() - consumedAt) / 1_000;
            latencies.record(segment.callId(), raised, micros);
            // How long the segment took to reach this service (from the time the platform gave it, on its clock):
            // a slow alert is then told apart from a segment that came late.
            Instant consumed = Instant.now().minusNanos(System.nanoTime() - consumedAt);
            long arrivalMillis = event.time() == null ? -1 : Duration.between(event.time(), consumed).toMillis();
            latencies.arrived(arrivalMillis);
            LOG.infof("Live alert %s for call %s committed %d µs after consuming the segment, which arrived %d ms "
                    + "after its time", raised, segment.callId(), micros, arrivalMillis);
        }
        return raised;
    }

    TranscriptSegment toSegment(EventEnvelope event) {
        TranscriptSegmentV1 data = EventCodec.data(event, TranscriptSegmentV1.class);
        try {
            SubjectKey caller = data.callerNumber() != null ? callerNumbers.subjectKey(data.callerNumber(), event)
                    : data.callerSubjectKey() == null ? null : new SubjectKey(data.callerSubjectKey());
            return new TranscriptSegment(data.callId(), data.siteId(), data.agentId(), caller, data.speaker(),
                    data.text(), data.startOffsetMs(), data.endOffsetMs(), data.language());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has invalid data: "
                    + e.getMessage(), e);
        }
    }
}
