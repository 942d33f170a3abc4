package io.frontline.complaint;

import io.frontline.platform.testing.MutableClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Makes the hand-moved {@link MutableClock} the application's clock, for terms and deadlines in tests. A test
 * that measures real durations (outbox latency) switches to the real time for its run with {@link #realTime}.
 */
@ApplicationScoped
public class TestClockProducer {
    private static volatile boolean realTime;

    /** Runs {@code body} with the application on the real clock; back on the hand-moved clock afterwards. */
    public static void realTime(ThrowingRunnable body) throws Exception {
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

    @Produces
    @Singleton
    Clock clock() {
        return new Clock() {
            @Override
            public Instant instant() {
                return realTime ? Instant.now() : MutableClock.shared().instant();
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(instant(), zone);
            }
        };
    }
}
