package io.frontline.platform.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests move by hand, for terms and deadlines ("14 days later"). In a service's {@code @QuarkusTest}s
 * the shared one is the application's clock ({@link MutableClockProducer}, found because this module is a bean
 * archive, overrides the platform's default). It starts at the real time and only moves when told to; a test that
 * measures real durations runs its body on the real time with {@link #realTime}.
 */
public final class MutableClock extends Clock {
    private static final MutableClock SHARED = new MutableClock(Instant.now());

    private final AtomicReference<Instant> now;
    private volatile boolean realTime;

    public MutableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    public static MutableClock shared() {
        return SHARED;
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    public Instant advance(Duration duration) {
        return now.updateAndGet(current -> current.plus(duration));
    }

    /** Back to the real time (call it after a test that moved the clock). */
    public void reset() {
        now.set(Instant.now());
    }

    /** Runs {@code body} with this clock on the real time; back on the hand-moved time afterwards. */
    public void realTime(ThrowingRunnable body) throws Exception {
        realTime = true;
        try {
            body.run();
        } finally {
            realTime = false;
        }
    }

    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Override
    public Instant instant() {
        return realTime ? Instant.now() : now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
