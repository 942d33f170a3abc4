package io.frontline.sanction.adapter.out.metrics;

import io.frontline.sanction.application.domain.model.Channel;
import io.frontline.sanction.application.port.out.BanMetricsPort;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code frontline_ban_checks_total{channel, outcome=banned|not_banned}} and
 * {@code frontline_ban_violations_total{channel}} ({@code frontline_bans_indexed} is {@code BanIndexGauge}'s). The check is the hot path of every
 * door: its counters are made once, so that counting costs an increment and no lookup.
 */
@ApplicationScoped
class MicrometerBanMetrics implements BanMetricsPort {
    private final Map<Channel, Counter> banned = new EnumMap<>(Channel.class);
    private final Map<Channel, Counter> clear = new EnumMap<>(Channel.class);
    private final Map<Channel, Counter> violations = new EnumMap<>(Channel.class);

    @Inject
    public MicrometerBanMetrics(MeterRegistry registry) {
        for (Channel channel : Channel.values()) {
            String name = channel.name().toLowerCase(Locale.ROOT);
            banned.put(channel, Counter.builder("frontline.ban.checks").description("Ban checks, by their answer")
                    .tag("channel", name).tag("outcome", "banned").register(registry));
            clear.put(channel, Counter.builder("frontline.ban.checks").description("Ban checks, by their answer")
                    .tag("channel", name).tag("outcome", "not_banned").register(registry));
            violations.put(channel, Counter.builder("frontline.ban.violations")
                    .description("Violations of a ban recorded (one per subject, site and hour)")
                    .tag("channel", name).register(registry));
        }
    }

    @Override
    public void checked(Channel channel, boolean isBanned) {
        (isBanned ? banned : clear).get(channel).increment();
    }

    @Override
    public void violationRecorded(Channel channel) {
        violations.get(channel).increment();
    }
}
