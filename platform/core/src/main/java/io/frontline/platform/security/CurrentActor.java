package io.frontline.platform.security;

import io.frontline.platform.domain.Actor;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The {@link Actor} of the current request, from the verified OIDC token: roles from the token's role
 * claim, site scope from the {@code sites} and {@code regions} claims. Resources call {@link #get()}
 * and pass the actor into commands.
 */
@RequestScoped
public class CurrentActor {
    public static final String SITES_CLAIM = "sites";
    public static final String REGIONS_CLAIM = "regions";

    @Inject
    SecurityIdentity identity;

    private Actor actor;

    public Actor get() {
        if (actor == null) {
            actor = fromIdentity();
        }
        return actor;
    }

    private Actor fromIdentity() {
        if (identity.isAnonymous()) {
            return new Actor("anonymous", Set.of(), Set.of(), Set.of());
        }
        Principal principal = identity.getPrincipal();
        Set<String> sites = Set.of();
        Set<String> regions = Set.of();
        String userId = principal.getName();
        if (principal instanceof JsonWebToken jwt) {
            sites = claimValues(jwt.getClaim(SITES_CLAIM));
            regions = claimValues(jwt.getClaim(REGIONS_CLAIM));
            String username = jwt.getClaim("preferred_username");
            if (username != null && !username.isBlank()) {
                userId = username;
            }
        }
        return new Actor(userId, identity.getRoles(), sites, regions);
    }

    /** A claim may hold one string, a comma-separated string, or a JSON array of strings. */
    static Set<String> claimValues(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof Collection<?> collection) {
            for (Object item : collection) {
                values.addAll(claimValues(item));
            }
        } else if (claim != null) {
            String text = claim.toString();
            if (claim instanceof jakarta.json.JsonString json) {
                text = json.getString();
            }
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
        }
        return values;
    }
}
