package io.frontline.notification.application.domain.service.escalation;

import io.frontline.platform.testing.MutableClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application clock in tests: the real time, except while a test holds it with {@link #hold()} — then the
 * hand-moved {@link MutableClock#shared()} (escalation waits of minutes, without waiting). Other tests keep the
 * real time, so that things created one after the other stay in order.
 */
@ApplicationScoped
public class EscalationTestClock {
    private static volatile boolean held;

    /** From now on the application's time stands still at the real time and moves only with {@link MutableClock#advance}. */
    public static MutableClock hold() {
        MutableClock.shared().reset();
        held = true;
        return MutableClock.shared();
    }

    /** Back to the real time. */
    public static void release() {
        held = false;
        MutableClock.shared().reset();
    }

    @Produces
    @Singleton
    Clock clock() {
        return new Clock() {
            @Override
            public Instant instant() {
                return held ? MutableClock.shared().instant() : Instant.now();
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
