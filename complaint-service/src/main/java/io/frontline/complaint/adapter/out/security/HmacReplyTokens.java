package io.frontline.complaint.adapter.out.security;

import io.frontline.complaint.application.domain.model.ComplaintReference;
import io.frontline.complaint.application.port.out.ReplyTokenPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reply tokens {@code <reference in lower case>.<first 12 bytes of HMAC-SHA256(secret, "complaint-reply|" + id) as
 * hex>}: lower case and at most 40 characters, so they survive in the local part of a plus-address (mail systems may
 * change its case) and stay under its 64 characters. 96 bits of HMAC: not guessable from the reference.
 */
@ApplicationScoped
class HmacReplyTokens implements ReplyTokenPort {
    static final Pattern TOKEN = Pattern.compile("(?i)^(cmp-\\d{4}-\\d{6})\\.([0-9a-f]{24})$");
    private static final int MAC_BYTES = 12;

    private final SecretKeySpec key;

    @Inject
    HmacReplyTokens(@ConfigProperty(name = "frontline.complaint.reply-token.secret") String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalStateException("frontline.complaint.reply-token.secret must have at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    @Override
    public String issue(UUID complaintId, ComplaintReference reference) {
        return reference.value().toLowerCase(Locale.ROOT) + "." + HexFormat.of().formatHex(mac(complaintId));
    }

    @Override
    public Optional<ComplaintReference> claimedReference(String token) {
        Matcher m = token == null ? null : TOKEN.matcher(token.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ComplaintReference(m.group(1).toUpperCase(Locale.ROOT)));
    }

    @Override
    public boolean isValid(String token, UUID complaintId, ComplaintReference reference) {
        Matcher m = token == null ? null : TOKEN.matcher(token.strip());
        if (m == null || !m.matches() || !m.group(1).equalsIgnoreCase(reference.value())) {
            return false;
        }
        byte[] given = HexFormat.of().parseHex(m.group(2).toLowerCase(Locale.ROOT));
        return MessageDigest.isEqual(given, mac(complaintId));
    }

    private byte[] mac(UUID complaintId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] full = mac.doFinal(("complaint-reply|" + complaintId).getBytes(StandardCharsets.UTF_8));
            byte[] truncated = new byte[MAC_BYTES];
            System.arraycopy(full, 0, truncated, 0, MAC_BYTES);
            return truncated;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
