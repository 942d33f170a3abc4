package io.frontline.platform.domain;

import java.util.Objects;
import java.util.Set;

/**
 * Who acts: the authenticated user or system, with roles and site scope. Built from the token at
 * the edge and carried inside commands, so the domain never sees a token.
 *
 * <p>Scope rule (DESIGN.md): site roles see the sites in their {@code sites} claim, regional roles
 * the sites of their {@code regions}, HQ roles the whole chain.
 */
public record Actor(String userId, Set<String> roles, Set<String> sites, Set<String> regions) {

    private static final Set<String> CHAIN_WIDE_ROLES = Set.of(Roles.HQ_SAFETY, Roles.ADMIN);

    public Actor {
        Objects.requireNonNull(userId, "userId");
        roles = Set.copyOf(roles);
        sites = Set.copyOf(sites);
        regions = Set.copyOf(regions);
    }

    public static Actor system(String name) {
        return new Actor("system:" + name, Set.of(), Set.of(), Set.of());
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... candidates) {
        for (String candidate : candidates) {
            if (roles.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    public boolean isChainWide() {
        return roles.stream().anyMatch(CHAIN_WIDE_ROLES::contains);
    }

    /** Whether this actor may see data of a site that lies in the given region. */
    public boolean canAccessSite(String siteId, String regionId) {
        return isChainWide() || sites.contains(siteId) || (regionId != null && regions.contains(regionId));
    }

    /** Refuses (403) an actor who may not act at the site; {@code action} says what, e.g. "report incidents". */
    public void requireAccessTo(Site site, String action) {
        if (!canAccessSite(site.id(), site.regionId())) {
            throw new AccessDenied("You cannot " + action + " for site " + site.id());
        }
    }

    /** Same as {@link #canAccessSite(String, String)}, resolving the region from the organisation. */
    public boolean canAccessSite(String siteId, Organisation organisation) {
        return canAccessSite(siteId, organisation.findSite(siteId).map(Site::regionId).orElse(null));
    }
}
