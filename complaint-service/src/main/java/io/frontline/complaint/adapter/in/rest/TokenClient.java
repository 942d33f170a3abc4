package io.frontline.complaint.adapter.in.rest;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The OAuth client an access token was issued to ({@code azp}, else {@code client_id}): who reads contact data, for
 * the trail of confidential reads.
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

    private static String unquote(String value) {
        return value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
