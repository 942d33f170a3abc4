package io.frontline.prevention.application.port.in;

import io.frontline.platform.domain.Actor;
import io.frontline.platform.domain.RuleViolation;
import io.frontline.prevention.application.domain.model.PolicyKind;
import io.frontline.prevention.application.domain.model.PolicyVersion;
import io.frontline.prevention.application.domain.model.PolicyVersion.PolicyText;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/** A new version of a policy, in force from {@code effectiveFrom}, with its texts per language. */
public record PublishPolicyCommand(Actor actor, PolicyKind kind, LocalDate effectiveFrom, Map<String, PolicyText> texts) {
    public PublishPolicyCommand {
        Objects.requireNonNull(actor, "actor");
        if (kind == null) {
            throw new RuleViolation("kind", "Name the policy");
        }
        if (effectiveFrom == null) {
            throw new RuleViolation("effectiveFrom", "Give the date the version takes effect");
        }
        texts = PolicyVersion.checkedTexts(texts);
    }
}
