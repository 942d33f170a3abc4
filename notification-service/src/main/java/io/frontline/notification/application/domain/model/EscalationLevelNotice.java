package io.frontline.notification.application.domain.model;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One level of an escalation to be told: the event, which round and level, and each person of the
 * level with their own signed one-click acknowledgement link.
 *
 * @param escalationId the escalation this level belongs to
 * @param round        1 for the first pass over the levels, 2 for the first repeat, …
 * @param level        1-based level within the policy
 * @param event        the event being escalated
 * @param recipients   the people of this level, each with their acknowledgement link
 */
public record EscalationLevelNotice(UUID escalationId, int round, int level, RoutedEvent event,
                                    List<LevelRecipient> recipients) {
    public EscalationLevelNotice {
        Objects.requireNonNull(escalationId, "escalationId");
        Objects.requireNonNull(event, "event");
        recipients = List.copyOf(recipients);
    }

    /** A person of the level and the link that acknowledges the escalation in their name. */
    public record LevelRecipient(String recipientId, String acknowledgeLink) {
        public LevelRecipient {
            Objects.requireNonNull(recipientId, "recipientId");
            Objects.requireNonNull(acknowledgeLink, "acknowledgeLink");
        }
    }

    /** What makes this notice's deliveries unique beside recipient and channel (redelivery sends nothing twice). */
    public String deliveryKey() {
        return "escalation:" + escalationId + ":" + round + ":" + level;
    }
}
