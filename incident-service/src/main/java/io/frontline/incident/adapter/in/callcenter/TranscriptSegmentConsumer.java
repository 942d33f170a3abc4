package io.frontline.incident.adapter.in.callcenter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import io.smallrye.common.annotation.Blocking;
import org.jboss.logging.Logger;

/**
 * Reads {@code callcenter.transcripts} while calls run and hands each record to {@link TranscriptScreening}.
 * A record that cannot be screened goes to {@code callcenter.transcripts.dlq}; one that carries the caller's
 * raw number goes there without it (the number replaced by its subject key where it is one), so the number
 * is never forwarded — and the failure is logged by its kind only, as the exception could quote the number.
 */
@ApplicationScoped
class TranscriptSegmentConsumer {
    static final String CHANNEL = "transcripts-in";
    static final String DEAD_LETTERS = "transcripts-dlq";
    private static final Logger LOG = Logger.getLogger(TranscriptSegmentConsumer.class);

    @Inject
    TranscriptScreening screening;

    @Inject
    CallerNumbers callerNumbers;

    @Inject
    @Channel(DEAD_LETTERS)
    Emitter<String> deadLetters;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(String record) {
        try {
            screening.screen(record);
        } catch (RuntimeException e) {
            if (!CallerNumbers.mayCarryNumber(record)) {
                throw e; // the channel's dead-letter queue takes the record as it is
            }
            deadLetters.send(callerNumbers.withheld(record)).toCompletableFuture().join();
            LOG.warnf("A transcript segment with a caller number could not be screened (%s); dead-lettered without "
                    + "the number", e.getClass().getSimpleName());
        }
    }
}
