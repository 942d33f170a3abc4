package io.frontline.complaint;

import io.frontline.platform.testing.MutableClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Makes the hand-moved clock the application's clock, for terms and deadlines in tests. */
@ApplicationScoped
class TestClockProducer {
    @Produces
    @Singleton
    Clock clock() {
        return MutableClock.shared();
    }
}
