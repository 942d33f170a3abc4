package io.frontline.notification.application.domain.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Urgent news first, on the machine as in the queue (issue 15): while high or critical news is being routed or sent,
 * the routine lane's senders take no new delivery, so that the processor and the database serve the urgent mail
 * rather than the next of thousands of routine ones. Their sends under way finish; they wait at most
 * {@link #LONGEST_WAIT} from the moment the urgent work began, so an urgent send that stalls (until the mailer's
 * timeout) holds routine news up no longer than that.
 */
@ApplicationScoped
public class UrgentFirst {
    static final Duration LONGEST_WAIT = Duration.ofSeconds(2);

    private final AtomicInteger active = new AtomicInteger();
    private final LongSupplier nanoTime;
    private final long longestWaitNanos;
    private volatile long since;

    public UrgentFirst() {
        this(System::nanoTime, LONGEST_WAIT);
    }

    UrgentFirst(LongSupplier nanoTime, Duration longestWait) {
        this.nanoTime = nanoTime;
        this.longestWaitNanos = longestWait.toNanos();
    }

    /** Urgent work begins (routing high or critical news, a round of the urgent lane); {@link #end()} follows. */
    public void begin() {
        if (active.getAndIncrement() == 0) {
            since = nanoTime.getAsLong();
        }
    }

    public void end() {
        active.decrementAndGet();
    }

    /** Whether routine work should wait now. */
    boolean routineWaits() {
        return active.get() > 0 && nanoTime.getAsLong() - since < longestWaitNanos;
    }

    /** Before a routine send: waits while urgent work goes on (at most {@link #LONGEST_WAIT} since it began). */
    public void awaitRoutineTurn() throws InterruptedException {
        while (routineWaits()) {
            Thread.sleep(2);
        }
    }
}
