package io.frontline.notification.application.domain.service.escalation;

import io.frontline.notification.application.domain.model.escalation.AcknowledgementToken;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AcknowledgementLinkSignerTest {
    private static final String SECRET = "a-test-secret-of-some-length";
    private final AcknowledgementLinkSigner signer = new AcknowledgementLinkSigner(SECRET);
    private final AcknowledgementToken token = new AcknowledgementToken(UUID.randomUUID(), "noor.regional",
            Instant.parse("2026-11-21T10:00:00Z"));

    @Test
    void a_signed_token_verifies_to_the_same_escalation_person_and_expiry() {
        String signed = signer.sign(token);

        assertThat(signed).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(signer.verify(signed)).contains(token);
    }

    @Test
    void a_token_with_another_escalation_id_and_the_old_signature_is_refused() {
        String signed = signer.sign(token);
        String signature = signed.substring(signed.indexOf('.') + 1);
        AcknowledgementToken other = new AcknowledgementToken(UUID.randomUUID(), token.recipientId(), token.expiresAt());
        String forgedPayload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(other.payload().getBytes(StandardCharsets.UTF_8));

        assertThat(signer.verify(forgedPayload + "." + signature)).isEmpty();
    }

    @Test
    void a_later_expiry_or_another_person_breaks_the_signature() {
        String signature = signer.sign(token).substring(signer.sign(token).indexOf('.') + 1);
        for (AcknowledgementToken altered : new AcknowledgementToken[]{
                new AcknowledgementToken(token.escalationId(), token.recipientId(), token.expiresAt().plusSeconds(86_400)),
                new AcknowledgementToken(token.escalationId(), "henk.hq", token.expiresAt())}) {
            String payload = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(altered.payload().getBytes(StandardCharsets.UTF_8));
            assertThat(signer.verify(payload + "." + signature)).isEmpty();
        }
    }

    @Test
    void one_changed_signature_byte_is_refused() {
        String signed = signer.sign(token);
        int dot = signed.indexOf('.');
        byte[] signature = Base64.getUrlDecoder().decode(signed.substring(dot + 1));
        signature[7] ^= 0x01;
        String tampered = signed.substring(0, dot + 1) + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);

        assertThat(signer.verify(tampered)).isEmpty();
    }

    @Test
    void a_token_signed_under_another_secret_is_refused() {
        String signed = new AcknowledgementLinkSigner("another-secret-of-some-length").sign(token);

        assertThat(signer.verify(signed)).isEmpty();
    }

    @Test
    void garbage_is_refused_without_an_error() {
        for (String garbage : new String[]{null, "", ".", "abc", "a.b.c", "!!!.???", "YWJj.", ".YWJj", "x".repeat(5000)}) {
            assertThat(signer.verify(garbage)).isEmpty();
        }
    }

    @Test
    void the_used_token_id_is_stable_and_not_the_token_itself() {
        String signed = signer.sign(token);

        assertThat(AcknowledgementLinkSigner.tokenId(signed)).isEqualTo(AcknowledgementLinkSigner.tokenId(signed))
                .doesNotContain(signed.substring(0, 10));
        assertThat(token.expired(token.expiresAt().minusSeconds(1))).isFalse();
        assertThat(token.expired(token.expiresAt())).isTrue();
    }
}
