package io.frontline.web.guest;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Remembers which complaint a person is tracking between their requests without the tracking secret ever being
 * in a URL or a page: reference and secret are sealed (AES-GCM) into an HttpOnly cookie scoped to the tracking
 * pages, lasting the browser session.
 */
@ApplicationScoped
public class TrackingCookie {
    public static final String NAME = "frontline-tracking";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public TrackingCookie(@ConfigProperty(name = "frontline.web.cookie-secret") String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(digest, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Tracked(String reference, String secret) {
    }

    public String seal(String reference, String secret) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal((reference + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            byte[] all = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, all, 0, iv.length);
            System.arraycopy(sealed, 0, all, iv.length, sealed.length);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Empty when there is no cookie or it was not sealed by this application. */
    public Optional<Tracked> open(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            byte[] all = Base64.getUrlDecoder().decode(value);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            String plain = new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
            int split = plain.indexOf('\n');
            return split < 0 ? Optional.empty()
                    : Optional.of(new Tracked(plain.substring(0, split), plain.substring(split + 1)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
