package io.frontline.prevention;

import io.frontline.platform.testing.MutableClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** In tests the application's clock is the shared {@link MutableClock}: a test can move it and must reset it. */
@ApplicationScoped
public class TestClock {
    @Produces
    @Singleton
    Clock clock() {
        return MutableClock.shared();
    }
}
