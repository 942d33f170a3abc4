package io.frontline.platform.security;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.frontline.platform.domain.SubjectKey;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns a raw customer identifier into a {@link SubjectKey}: normalise, then HMAC-SHA256 with the
 * chain's secret. Phone numbers become E.164 (so {@code +31 6 1234 5678} and {@code 06-12345678} are
 * one person), e-mail addresses are trimmed and lower-cased, loyalty cards keep their digits only.
 * The raw value is never kept; callers must not log it either.
 */
public final class SubjectKeyDeriver {
    private static final int MIN_SECRET_BYTES = 32;

    private final byte[] secret;
    private final String defaultCountry;
    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    public SubjectKeyDeriver(byte[] secret, String defaultCountry) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the subject-key secret must be at least " + MIN_SECRET_BYTES + " bytes");
        }
        this.secret = secret.clone();
        this.defaultCountry = defaultCountry.toUpperCase(Locale.ROOT);
    }

    public SubjectKey derive(IdentifierKind kind, String raw) {
        return hmac(kind.name().toLowerCase(Locale.ROOT) + ":" + normalise(kind, raw));
    }

    /** The normal form that is hashed; throws {@link InvalidIdentifierException} for unusable input. */
    public String normalise(IdentifierKind kind, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidIdentifierException(kind, "is empty");
        }
        return switch (kind) {
            case PHONE -> e164(raw);
            case EMAIL -> email(raw);
            case LOYALTY_CARD -> card(raw);
        };
    }

    private String e164(String raw) {
        try {
            Phonenumber.PhoneNumber number = phones.parse(raw, defaultCountry);
            if (!phones.isPossibleNumber(number)) {
                throw new InvalidIdentifierException(IdentifierKind.PHONE, "is not a possible phone number");
            }
            return phones.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new InvalidIdentifierException(IdentifierKind.PHONE, "is not a phone number");
        }
    }

    private static String email(String raw) {
        String email = raw.trim().toLowerCase(Locale.ROOT);
        int at = email.indexOf('@');
        if (at < 1 || at != email.lastIndexOf('@') || at == email.length() - 1) {
            throw new InvalidIdentifierException(IdentifierKind.EMAIL, "is not an e-mail address");
        }
        return email;
    }

    private static String card(String raw) {
        String digits = raw.replaceAll("[^0-9]", "");
        if (digits.length() < 4) {
            throw new InvalidIdentifierException(IdentifierKind.LOYALTY_CARD, "has too few digits");
        }
        return digits;
    }

    private SubjectKey hmac(String normalised) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8));
            return new SubjectKey("sk1_" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
