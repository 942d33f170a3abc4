package io.frontline.complaint.adapter.out.config;

import io.smallrye.config.ConfigMapping;

import java.util.Map;
import java.util.Optional;

/**
 * The chain's complaints policy (seed 002), {@code frontline.complaint.policy.*}, with per-site overrides under
 * {@code frontline.complaint.policy.sites."<site id>".*}. What is left out keeps the domain's default,
 * {@code ComplaintPolicy.DEFAULT}; no default is written here or in the properties.
 */
@ConfigMapping(prefix = "frontline.complaint.policy")
public interface ComplaintPolicyConfig {
    /** Acknowledge receipt automatically, at once. */
    Optional<Boolean> acknowledgeOnReceipt();

    /** Days for the substantive answer. */
    Optional<Integer> responseDays();

    /** Count the days in the site's business days (its working weekdays minus holidays) instead of calendar days. */
    Optional<Boolean> businessDays();

    Map<String, SiteOverride> sites();

    interface SiteOverride {
        Optional<Boolean> acknowledgeOnReceipt();

        Optional<Integer> responseDays();

        Optional<Boolean> businessDays();
    }
}
