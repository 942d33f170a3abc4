package io.frontline.notification.adapter.out.channel;

import io.frontline.notification.application.port.out.SendFailed;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Where a webhook may go. A webhook URL is typed by a person (the directory), so Frontline must not become a way
 * into its own network: outside dev only {@code https}, and never to a loopback, private, link-local (the cloud
 * metadata service at 169.254.169.254 among them), carrier-grade NAT, unique-local, multicast or unspecified address.
 * The check runs at send time against every address the host resolves to then, so a name that later points inside
 * is refused too, and the post goes to the address checked ({@link Target}, {@link PinnedJsonPost}): the name is
 * never looked up a second time, so a name answered with a public address for the check and an internal one for the
 * connection (DNS rebinding) cannot lead inside. Redirects are never followed, so a 3xx cannot lead inside either.
 * Hosts named in {@code allowedHosts} skip the address check (a receiver on this machine in dev and tests).
 */
final class WebhookTargets {
    private final boolean allowHttp;
    private final Set<String> allowedHosts;
    private final Resolver resolver;

    /** Where to post: the URL, and the address its host resolved to when it was checked — the one to connect to. */
    record Target(URI uri, InetAddress address) {
        int port() {
            return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        }

        /** The host name as the URL gives it (for the Host header, TLS SNI and the certificate check). */
        String host() {
            String host = uri.getHost();
            return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        }

        /** Path and query as the URL gives them, never logged (they may hold a token). */
        String pathAndQuery() {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        }
    }

    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    WebhookTargets(boolean allowHttp, Set<String> allowedHosts, Resolver resolver) {
        this.allowHttp = allowHttp;
        this.allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
        this.resolver = resolver;
    }

    WebhookTargets(boolean allowHttp, Set<String> allowedHosts) {
        this(allowHttp, allowedHosts, InetAddress::getAllByName);
    }

    /**
     * The URL to post to and the address to connect to, or {@link SendFailed} saying why not (never the URL's path or
     * query: they may hold a token).
     */
    Target check(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new SendFailed("webhook refused: not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw new SendFailed("webhook refused: only https URLs are allowed" + (allowHttp ? "" : " outside dev"));
        }
        String host = uri.getHost();
        if (host == null || host.isBlank() || uri.getUserInfo() != null) {
            throw new SendFailed("webhook refused: the URL needs a host and no user information");
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw new SendFailed("webhook: the host " + host + " does not resolve", e);
        }
        if (addresses.length == 0) {
            throw new SendFailed("webhook: the host " + host + " does not resolve");
        }
        if (!allowedHosts.contains(bare.toLowerCase(Locale.ROOT))) {
            for (InetAddress address : addresses) {
                if (isInternal(address)) {
                    throw new SendFailed("webhook refused: " + host + " resolves to an internal address ("
                            + address.getHostAddress() + ")");
                }
            }
        }
        return new Target(uri, addresses[0]);
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0                                   // "this network"
                    || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT (and cloud metadata there)
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    || (first == 198 && (second == 18 || second == 19))    // benchmarking
                    || first >= 240;                            // reserved, broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {                       // unique local fc00::/7 (fd00:ec2::254 among them)
                return true;
            }
            if (isEmbeddedIpv4(b)) {                            // ::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d
                try {
                    return isInternal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isEmbeddedIpv4(byte[] b) {
        boolean zeros = true;
        for (int i = 0; i < 10; i++) {
            zeros &= b[i] == 0;
        }
        boolean mappedOrCompatible = zeros && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff));
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
        return mappedOrCompatible || nat64;
    }
}
