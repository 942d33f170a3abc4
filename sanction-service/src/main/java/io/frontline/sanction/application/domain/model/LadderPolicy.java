package io.frontline.sanction.application.domain.model;

import io.frontline.platform.domain.RepeatWindow;

import java.time.Period;
import java.util.Set;

/**
 * The chain's sanction ladder, seed 001's defaults unless configured: a first ban of one month, three
 * months on a repeat within the chain's repeat window ({@link RepeatWindow}: twelve months unless the
 * organisation file names another, one setting for every service), six months after that; a low-severity first offence may get a
 * written warning instead; critical incidents (violence, sexual harassment) start at a six-month
 * chain-wide entry ban with a police report recommended. A contact ban the ladder proposes (for incidents
 * at a call center) closes {@code contactBanChannels} and leaves {@code contactBanAlternative} open.
 */
public record LadderPolicy(Period firstBan, Period repeatBan, Period furtherBan, RepeatWindow window, Period criticalBan,
                           boolean warningForLowFirstOffence, Set<String> criticalTypes,
                           Set<Channel> contactBanChannels, Channel contactBanAlternative) {
    public static final LadderPolicy SEED_001 = new LadderPolicy(Period.ofMonths(1), Period.ofMonths(3),
            Period.ofMonths(6), RepeatWindow.TWELVE_MONTHS, Period.ofMonths(6), true,
            Set.of("physical-violence", "sexual-harassment"), Set.of(Channel.PHONE, Channel.EMAIL, Channel.CHAT),
            Channel.WRITTEN);

    public LadderPolicy {
        criticalTypes = Set.copyOf(criticalTypes);
        contactBanChannels = Set.copyOf(contactBanChannels);
    }
}
