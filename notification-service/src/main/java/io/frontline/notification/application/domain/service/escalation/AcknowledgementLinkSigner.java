package io.frontline.notification.application.domain.service.escalation;

import io.frontline.notification.application.domain.model.escalation.AcknowledgementToken;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * Signs and checks one-click acknowledgement tokens: {@code base64url(payload) "." base64url(HMAC-SHA256(payload))}
 * under the link secret. Whoever holds a token with a valid signature may acknowledge in the named person's
 * name until the expiry; without the secret nobody can make or alter one.
 */
public final class AcknowledgementLinkSigner {
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public AcknowledgementLinkSigner(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the link secret needs at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String sign(AcknowledgementToken token) {
        byte[] payload = token.payload().getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
    }

    /** The token, when the text is one and its signature holds (compared in constant time); else empty. */
    public Optional<AcknowledgementToken> verify(String signed) {
        if (signed == null || signed.length() > 1024) {
            return Optional.empty();
        }
        int dot = signed.indexOf('.');
        if (dot <= 0 || dot != signed.lastIndexOf('.')) {
            return Optional.empty();
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODER.decode(signed.substring(0, dot));
            signature = DECODER.decode(signed.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(mac(payload), signature)) {
            return Optional.empty();
        }
        return AcknowledgementToken.fromPayload(new String(payload, StandardCharsets.UTF_8));
    }

    /** The id under which a used token is recorded: the SHA-256 of the token, so the table holds no usable link. */
    public static String tokenId(String signed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(signed.getBytes(StandardCharsets.UTF_8));
            return ENCODER.encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
