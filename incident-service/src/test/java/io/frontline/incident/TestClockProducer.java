package io.frontline.incident;

import io.frontline.platform.testing.MutableClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The application clock in tests: one that tests move by hand. */
@ApplicationScoped
class TestClockProducer {
    @Produces
    @Singleton
    Clock clock() {
        return MutableClock.shared();
    }
}
