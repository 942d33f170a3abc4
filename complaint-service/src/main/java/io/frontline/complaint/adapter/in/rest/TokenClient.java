package io.frontline.complaint.adapter.in.rest;

import io.frontline.platform.domain.AccessDenied;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;

/**
 * The OAuth client an access token was issued to ({@code azp}, else {@code client_id}): the one place where an
 * endpoint of integrations narrows role {@code integration} down to the clients configured for it.
 */
final class TokenClient {
    private TokenClient() {
    }

    /** The client id, or null for a token without one. */
    static String of(JsonWebToken token) {
        Object azp = token.getClaim("azp");
        if (azp != null && !azp.toString().isBlank()) {
            return unquote(azp.toString());
        }
        Object clientId = token.getClaim("client_id");
        return clientId == null ? null : unquote(clientId.toString());
    }

    /** Refuses (403 problem+json) a token whose client is not one of {@code allowed}. */
    static void require(JsonWebToken token, List<String> allowed, String what) {
        String client = of(token);
        if (client == null || !allowed.contains(client)) {
            throw new AccessDenied("Only the configured integration clients may " + what);
        }
    }

    private static String unquote(String value) {
        return value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
