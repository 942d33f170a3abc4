package io.frontline.prevention.application.port.in;

import io.frontline.prevention.application.domain.model.PolicyVersion;

/** HQ safety, HR or an administrator publishes a new policy version; everyone is asked to acknowledge it. */
public interface PublishPolicyUseCase {
    PolicyVersion publish(PublishPolicyCommand command);
}
