package io.frontline.prevention.application.domain.model;

import java.util.Set;

/**
 * A person who works for the chain, as the people directory lists them: user id (the OIDC user name), display
 * name, realm roles and the sites they work at (none for chain-wide roles such as HQ or HR).
 */
public record Employee(String userId, String name, Set<String> roles, Set<String> sites) {
    public Employee {
        roles = Set.copyOf(roles);
        sites = Set.copyOf(sites);
    }

    public boolean worksAt(String siteId) {
        return sites.contains(siteId);
    }

    /** Whether a training course for the audience applies to this person. */
    public boolean belongsTo(Audience audience) {
        return switch (audience) {
            case CUSTOMER_FACING -> roles.contains("staff") || roles.contains("complaint-handler");
            case SUPERVISORS -> roles.contains("site-manager");
        };
    }
}
