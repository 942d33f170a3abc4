package io.frontline.platform.domain;

import java.util.List;
import java.util.Optional;

/**
 * The chain's structure: regions and sites (DESIGN.md, "Organisation"). Read from one file given by
 * configuration; nobody hard-codes a site.
 */
public record Organisation(String chainId, String chainName, String defaultCountry, List<Region> regions,
                           List<Site> sites) {

    public Organisation {
        regions = List.copyOf(regions);
        sites = List.copyOf(sites);
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

    public List<Site> sitesInRegion(String regionId) {
        return sites.stream().filter(s -> s.regionId().equals(regionId)).toList();
    }
}
