package io.frontline.platform.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests move by hand, for terms and deadlines ("14 days later"). A service's tests make it
 * the application clock with a test-source producer that overrides the platform's default:
 * {@code @Produces @Singleton Clock clock() { return MutableClock.shared(); }}.
 * It starts at the real time and only moves when told to.
 */
public final class MutableClock extends Clock {
    private static final MutableClock SHARED = new MutableClock(Instant.now());

    private final AtomicReference<Instant> now;

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

    @Override
    public Instant instant() {
        return now.get();
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
