package io.frontline.web.analytics;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The sites and regions in the person's token, to choose their own dashboard (the services decide what it shows). */
final class Claims {
    private Claims() {
    }

    static List<String> list(SecurityIdentity identity, String claim) {
        List<String> values = new ArrayList<>();
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object value = token.getClaim(claim);
            if (value instanceof JsonArray array) {
                array.forEach(v -> values.add(v instanceof JsonString s ? s.getString() : v.toString()));
            } else if (value instanceof Collection<?> many) {
                many.forEach(v -> values.add(String.valueOf(v)));
            } else if (value instanceof String one) {
                values.add(one);
            }
        }
        return values;
    }
}
