package io.frontline.platform.domain;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The chain's structure: regions and sites (DESIGN.md, "Organisation"). Read from one file given by
 * configuration; nobody hard-codes a site. {@code timeZone} is the chain's own calendar, for what belongs to no
 * site (the internal procedure of seed 004, chain-wide statistics); {@code repeatWindow} how far back a repeat
 * counts, for every service.
 */
public record Organisation(String chainId, String chainName, String defaultCountry, List<Region> regions,
                           List<Site> sites, ZoneId timeZone, RepeatWindow repeatWindow) {

    public Organisation {
        regions = List.copyOf(regions);
        sites = List.copyOf(sites);
        timeZone = timeZone != null ? timeZone : commonZone(sites);
        repeatWindow = repeatWindow != null ? repeatWindow : RepeatWindow.TWELVE_MONTHS;
    }

    /** A chain whose zone is the one its sites share (the first site's otherwise), with the default window. */
    public Organisation(String chainId, String chainName, String defaultCountry, List<Region> regions,
                        List<Site> sites) {
        this(chainId, chainName, defaultCountry, regions, sites, null, null);
    }

    private static ZoneId commonZone(List<Site> sites) {
        return sites.isEmpty() ? ZoneId.of("UTC") : sites.get(0).timeZone();
    }

    /** The calendar a site's terms run in; the chain's for a site it does not know. */
    public ZoneId zoneOf(String siteId) {
        return findSite(siteId).map(Site::timeZone).orElse(timeZone);
    }

    public Optional<Site> findSite(String siteId) {
        return sites.stream().filter(s -> s.id().equals(siteId)).findFirst();
    }

    public Site site(String siteId) {
        return findSite(siteId).orElseThrow(() -> new NotFound("site", siteId));
    }

    /** A site named in a request: an unknown one is the request's fault (field {@code site}), not a 404. */
    public Site requestedSite(String siteId) {
        return findSite(siteId).orElseThrow(() -> new RuleViolation("site", "Unknown site " + siteId));
    }

    public Optional<Region> findRegion(String regionId) {
        return regions.stream().filter(r -> r.id().equals(regionId)).findFirst();
    }

    /**
     * The sites a figure covers when a person asks for one site, one region, or (both null) all of {@code scope} —
     * the sites they oversee, null for the whole chain. An unknown site or region is invalid; one outside the scope,
     * asked for by name, is refused (so "not yours" differs from "nothing happened"). The statistics of every
     * service ask it alike.
     */
    public java.util.Set<String> narrow(java.util.Set<String> scope, String siteId, String regionId) {
        if (siteId != null) {
            if (findSite(siteId).isEmpty()) {
                throw new InvalidValue("site", "site is not a site of the chain");
            }
            if (scope != null && !scope.contains(siteId)) {
                throw new AccessDenied("You do not oversee that site");
            }
            return java.util.Set.of(siteId);
        }
        if (regionId != null) {
            if (findRegion(regionId).isEmpty()) {
                throw new InvalidValue("region", "region is not a region of the chain");
            }
            java.util.Set<String> region = new java.util.TreeSet<>();
            sitesInRegion(regionId).forEach(site -> region.add(site.id()));
            if (scope != null && !scope.containsAll(region)) {
                throw new AccessDenied("You do not oversee that region");
            }
            return region;
        }
        return scope;
    }

    public List<Site> sitesInRegion(String regionId) {
        return sites.stream().filter(s -> s.regionId().equals(regionId)).toList();
    }
}
