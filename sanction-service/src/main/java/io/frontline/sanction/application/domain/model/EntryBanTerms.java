package io.frontline.sanction.application.domain.model;

import io.frontline.platform.domain.RuleViolation;

import java.util.Objects;
import java.util.Set;

/** An entry ban (seed 003): the chosen sites, every site of a region, or the whole chain. */
public record EntryBanTerms(EntryCoverage coverage, Set<String> siteIds, String regionId) implements BanTerms {
    public static final EntryBanTerms CHAIN_WIDE = new EntryBanTerms(EntryCoverage.CHAIN, Set.of(), null);

    public EntryBanTerms {
        Objects.requireNonNull(coverage, "coverage");
        siteIds = siteIds == null ? Set.of() : Set.copyOf(siteIds);
        switch (coverage) {
            case SITES -> {
                if (siteIds.isEmpty()) {
                    throw new RuleViolation("siteIds", "An entry ban for sites names at least one site");
                }
                regionId = null;
            }
            case REGION -> {
                if (regionId == null || regionId.isBlank()) {
                    throw new RuleViolation("regionId", "An entry ban for a region names the region");
                }
                siteIds = Set.of();
            }
            case CHAIN -> {
                siteIds = Set.of();
                regionId = null;
            }
        }
    }

    public static EntryBanTerms sites(Set<String> siteIds) {
        return new EntryBanTerms(EntryCoverage.SITES, siteIds, null);
    }

    public static EntryBanTerms region(String regionId) {
        return new EntryBanTerms(EntryCoverage.REGION, Set.of(), regionId);
    }

    /** Whether a site (in the given region) lies within this ban. */
    public boolean covers(String siteId, String siteRegionId) {
        return switch (coverage) {
            case CHAIN -> true;
            case REGION -> regionId.equals(siteRegionId);
            case SITES -> siteIds.contains(siteId);
        };
    }
}
