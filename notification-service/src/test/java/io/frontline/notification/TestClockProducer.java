package io.frontline.notification;

import io.frontline.platform.testing.MutableClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Makes the controllable test clock the application clock in every test of this module. */
@ApplicationScoped
public class TestClockProducer {
    @Produces
    @Singleton
    Clock clock() {
        return MutableClock.shared();
    }
}
