package io.frontline.notification.application.domain.model;

import java.util.Optional;

/**
 * How a notification reaches a person: e-mail, a webhook (chat tools), SMS through the gateway (critical news
 * only, to a person with a mobile number; and a banned customer known only by phone) or the in-app inbox.
 */
public enum Channel {
    EMAIL("email"), WEBHOOK("webhook"), SMS("sms"), IN_APP("in-app");

    private final String code;

    Channel(String code) {
        this.code = code;
    }

    /** The name in rule files, APIs and events. */
    public String code() {
        return code;
    }

    public static Optional<Channel> fromCode(String code) {
        for (Channel channel : values()) {
            if (channel.code.equals(code)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }
}
