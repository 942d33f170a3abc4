package io.frontline.notification.application.domain.model;

import java.util.Objects;
import java.util.UUID;

/** A delivery due for an attempt, with the channel whose senders take it. */
public record DueDelivery(UUID id, Channel channel) {
    public DueDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
    }
}
