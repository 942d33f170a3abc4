package io.frontline.sanction.application.domain.model;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The written notice to a customer of their contact or entry ban (issue 17), under a reference they type on the
 * public page with the notice's secret. Only the secret's hash is kept; it is empty until the notice is sent.
 */
public record BanNotice(UUID measureId, String reference, String subjectKey, String secretHash, Instant issuedAt) {
    /** No 0/O, 1/I: a reference read from a letter and typed again. */
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    public BanNotice {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    /** {@code BN-XXXX-XXXX}: 40 random bits, unguessable enough beside the secret that guards it. */
    public static String newReference() {
        StringBuilder b = new StringBuilder("BN-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                b.append('-');
            }
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** Whether a customer's notice is due for this measure: an approved contact or entry ban of a customer. */
    public static boolean dueFor(Measure measure) {
        return measure.type().isBan() && measure.subjectKey().isPresent() && measure.approvedAt().isPresent();
    }
}
