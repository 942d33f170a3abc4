package io.frontline.notification.application.domain.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many sends of one channel run at the same time in each lane, and how many due deliveries one round
 * takes at a time. Bounded, so that a slow SMTP server or gateway is not flooded; several at once, so that
 * one stalled send holds up nobody else's.
 */
public record SendingLimits(Map<Channel, Integer> concurrency, int batch) {
    public SendingLimits {
        Objects.requireNonNull(concurrency, "concurrency");
        concurrency = Map.copyOf(new EnumMap<>(concurrency));
        concurrency.forEach((channel, n) -> {
            if (n < 1) {
                throw new IllegalArgumentException("concurrency of " + channel.code() + " must be at least 1");
            }
        });
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be at least 1");
        }
    }

    public int concurrencyOf(Channel channel) {
        return concurrency.getOrDefault(channel, 1);
    }
}
