package io.frontline.platform.audit;

import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.ConfidentialRead;
import io.frontline.platform.domain.NotFound;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * Puts every read of a confidential record in the trail (DESIGN.md: every read of a confidential case is audited):
 * a granted read in the reading transaction, a refused one (not found or not allowed, which answer alike) in a
 * transaction of its own so that it stays when the refusal rolls the read back. Written once for the services that
 * keep the trail ({@code frontline.audit.confidential-read-trail=true}); a use case calls it, the line goes through
 * the outgoing port {@link ConfidentialReadLog}.
 */
@ApplicationScoped
@IfBuildProperty(name = ConfidentialReadTrail.ENABLED, stringValue = "true")
public class ConfidentialReads {
    private final ConfidentialReadLog trail;
    private final Clock clock;

    @Inject
    public ConfidentialReads(ConfidentialReadLog trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    public void granted(Actor actor, String kind, String target) {
        trail.granted(ConfidentialRead.granted(actor.userId(), kind, target, clock.instant()));
    }

    public void refused(Actor actor, String kind, String target) {
        trail.refused(ConfidentialRead.refused(actor.userId(), kind, target, clock.instant()));
    }

    /** Runs the read; when it is refused (not found, access denied) the refusal is in the trail, then rethrown. */
    public <T> T guarded(Actor actor, String kind, String target, Supplier<T> read) {
        try {
            return read.get();
        } catch (NotFound | AccessDenied refusal) {
            refused(actor, kind, target);
            throw refusal;
        }
    }
}
