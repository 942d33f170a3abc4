package io.frontline.sanction.adapter.out.config;

import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.WireName;
import io.frontline.sanction.application.domain.model.BanLadder;
import io.frontline.sanction.application.domain.model.Channel;
import io.frontline.sanction.application.domain.model.LadderPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The chain's ladder from {@code frontline.sanction.ladder.*}; each setting left out keeps seed 001's
 * default ({@link LadderPolicy#SEED_001}). Durations are ISO-8601 periods ({@code P1M}). The window within which
 * an earlier ban counts is the chain's repeat window from the organisation file, not a setting of its own.
 */
@ApplicationScoped
class LadderPolicyProducer {
    private static final Logger LOG = Logger.getLogger(LadderPolicyProducer.class);
    private static final String PREFIX = "frontline.sanction.ladder.";

    @ConfigProperty(name = PREFIX + "first-ban")
    Optional<Period> firstBan;
    @ConfigProperty(name = PREFIX + "repeat-ban")
    Optional<Period> repeatBan;
    @ConfigProperty(name = PREFIX + "further-ban")
    Optional<Period> furtherBan;
    @ConfigProperty(name = PREFIX + "critical-ban")
    Optional<Period> criticalBan;
    @ConfigProperty(name = PREFIX + "warning-for-low-first-offence")
    Optional<Boolean> warningForLowFirstOffence;
    @ConfigProperty(name = PREFIX + "critical-types")
    Optional<List<String>> criticalTypes;
    @ConfigProperty(name = PREFIX + "contact-ban-channels")
    Optional<List<String>> contactBanChannels;
    @ConfigProperty(name = PREFIX + "contact-ban-alternative")
    Optional<String> contactBanAlternative;

    /** The repeat window is the chain's one setting ({@code chain.repeatWindow}), shared with incident-service. */
    @Inject
    Organisation organisation;

    @Produces
    @Singleton
    BanLadder ladder() {
        LadderPolicy d = LadderPolicy.SEED_001;
        LadderPolicy policy = new LadderPolicy(firstBan.orElse(d.firstBan()), repeatBan.orElse(d.repeatBan()),
                furtherBan.orElse(d.furtherBan()), organisation.repeatWindow(), criticalBan.orElse(d.criticalBan()),
                warningForLowFirstOffence.orElse(d.warningForLowFirstOffence()),
                criticalTypes.<Set<String>>map(Set::copyOf).orElse(d.criticalTypes()),
                contactBanChannels.map(l -> l.stream().map(c -> channel(c, PREFIX + "contact-ban-channels")).collect(Collectors.toSet()))
                        .orElse(d.contactBanChannels()),
                contactBanAlternative.map(c -> channel(c, PREFIX + "contact-ban-alternative")).orElse(d.contactBanAlternative()));
        LOG.infof("Sanction ladder: first %s, repeat %s, further %s within %s; critical %s", policy.firstBan(),
                policy.repeatBan(), policy.furtherBan(), policy.window().length(), policy.criticalBan());
        return new BanLadder(policy);
    }

    private static Channel channel(String wire, String property) {
        return WireName.parse(Channel.class, wire, property);
    }
}
