package io.frontline.web.staff;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Who is signed in, as their token says: the sites they work for. */
final class Person {
    private Person() {
    }

    static List<String> sites(SecurityIdentity identity) {
        List<String> sites = new ArrayList<>();
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object claim = token.getClaim("sites");
            if (claim instanceof JsonArray array) {
                array.forEach(v -> sites.add(v instanceof JsonString s ? s.getString() : v.toString()));
            } else if (claim instanceof Collection<?> values) {
                values.forEach(v -> sites.add(String.valueOf(v)));
            } else if (claim instanceof String one) {
                sites.add(one);
            }
        }
        return sites;
    }
}
