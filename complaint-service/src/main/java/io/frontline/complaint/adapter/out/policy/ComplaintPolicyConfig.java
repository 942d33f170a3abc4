package io.frontline.complaint.adapter.out.policy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;
import java.util.Optional;

/**
 * The chain's complaints policy (seed 002), {@code frontline.complaint.policy.*}, with per-site overrides under
 * {@code frontline.complaint.policy.sites."<site id>".*}.
 */
@ConfigMapping(prefix = "frontline.complaint.policy")
public interface ComplaintPolicyConfig {
    /** Acknowledge receipt automatically, at once. */
    @WithDefault("true")
    boolean acknowledgeOnReceipt();

    /** Days for the substantive answer. */
    @WithDefault("14")
    int responseDays();

    /** Count the days in the site's business days (its working weekdays minus holidays) instead of calendar days. */
    @WithDefault("false")
    boolean businessDays();

    Map<String, SiteOverride> sites();

    interface SiteOverride {
        Optional<Boolean> acknowledgeOnReceipt();

        Optional<Integer> responseDays();

        Optional<Boolean> businessDays();
    }
}
