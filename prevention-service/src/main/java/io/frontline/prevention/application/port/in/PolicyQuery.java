package io.frontline.prevention.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.prevention.application.domain.model.AcknowledgementShare;
import io.frontline.prevention.application.domain.model.PolicyKind;
import io.frontline.prevention.application.domain.model.PolicyVersion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Policies as employees read them, and who has acknowledged them, per site. */
public interface PolicyQuery {
    /** The version in force today, if any was published with a date that has come. */
    Optional<PolicyVersion> inForce(PolicyKind kind);

    List<PolicyVersion> versions(PolicyKind kind);

    /** When the actor acknowledged the version, if they did. */
    Optional<Instant> acknowledgedAt(PolicyVersion version, String userId);

    /** Per site in the actor's scope (and the chain for chain-wide roles): the share of the version in force. */
    List<AcknowledgementShare> shares(Actor actor, PolicyKind kind, String siteId);
}
