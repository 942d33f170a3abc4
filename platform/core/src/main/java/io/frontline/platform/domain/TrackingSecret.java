package io.frontline.platform.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret with which a person without an account follows what they filed (a complaint, a partner's report). Shown once; only its SHA-256
 * hash is stored (a 256-bit random secret needs no slow hash), and it is compared in constant time.
 */
public final class TrackingSecret {
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingSecret() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code presented} is the secret behind {@code storedHash}; constant time in the secret. */
    public static boolean matches(String storedHash, String presented) {
        String candidate = hash(presented == null ? "" : presented);
        String stored = storedHash == null ? "" : storedHash;
        return MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
                candidate.getBytes(StandardCharsets.US_ASCII)) && !stored.isEmpty();
    }
}
