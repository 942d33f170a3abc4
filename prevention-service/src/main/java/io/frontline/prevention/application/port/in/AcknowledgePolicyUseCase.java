package io.frontline.prevention.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.prevention.application.domain.model.PolicyKind;

import java.time.Instant;

/** An employee states "I have read this" for the version of a policy in force; a second time changes nothing. */
public interface AcknowledgePolicyUseCase {
    /** @return when the employee acknowledged the version in force */
    Instant acknowledge(Actor actor, PolicyKind kind, int version);
}
