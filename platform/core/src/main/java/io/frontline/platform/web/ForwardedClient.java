package io.frontline.platform.web;

/**
 * Who the client of a request is, behind a configured number of trusted proxies (the ingress, the web).
 *
 * <p>Each proxy appends the address it received the request from to {@code X-Forwarded-For}; the entries on the
 * left are whatever the client sent and prove nothing. With {@code trustedHops} proxies in front of the service
 * (the connection's peer being the nearest), the last {@code trustedHops - 1} entries name trusted proxies, and
 * the entry left of them — the right-most address not added on behalf of a trusted hop — is the client. With
 * no trusted hop the header is ignored and the client is the connection's peer.
 */
public final class ForwardedClient {
    /** Longest address kept as a key (IPv6 with a zone fits); anything longer is cut. */
    static final int MAX_ADDRESS_LENGTH = 64;

    private ForwardedClient() {
    }

    /**
     * @param forwardedFor the {@code X-Forwarded-For} header, or null
     * @param peer         the connection's remote address, or null
     * @param trustedHops  how many proxies in front of the service are trusted (0: none)
     */
    public static String of(String forwardedFor, String peer, int trustedHops) {
        String direct = peer == null || peer.isBlank() ? "unknown" : clip(peer.strip());
        if (trustedHops <= 0 || forwardedFor == null || forwardedFor.isBlank()) {
            return direct;
        }
        String[] entries = forwardedFor.split(",");
        int index = entries.length - trustedHops;
        // Fewer entries than trusted hops: the request skipped a proxy; the left-most entry is the best there is
        String chosen = entries[Math.max(0, index)].strip();
        return chosen.isEmpty() ? direct : clip(chosen);
    }

    private static String clip(String address) {
        return address.length() > MAX_ADDRESS_LENGTH ? address.substring(0, MAX_ADDRESS_LENGTH) : address;
    }
}
