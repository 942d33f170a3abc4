package io.frontline.platform.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * In every service's {@code @QuarkusTest}s the application's clock is the shared {@link MutableClock}: it replaces
 * the platform's default clock (a {@code @DefaultBean}). A test that moves the clock resets it afterwards.
 */
@ApplicationScoped
public class MutableClockProducer {
    @Produces
    @Singleton
    Clock clock() {
        return MutableClock.shared();
    }
}
