package io.frontline.platform.security;

import io.frontline.platform.domain.SubjectKey;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubjectKeyDeriverTest {
    private final SubjectKeyDeriver deriver = new SubjectKeyDeriver(
            "a-test-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8), "NL");

    @Test
    void international_and_national_notation_of_one_phone_number_give_one_key() {
        SubjectKey international = deriver.derive(IdentifierKind.PHONE, "+31 6 1234 5678");
        SubjectKey national = deriver.derive(IdentifierKind.PHONE, "06-12345678");
        SubjectKey prefixed = deriver.derive(IdentifierKind.PHONE, "0031612345678");
        assertThat(national).isEqualTo(international);
        assertThat(prefixed).isEqualTo(international);
        assertThat(deriver.normalise(IdentifierKind.PHONE, "06-12345678")).isEqualTo("+31612345678");
    }

    @Test
    void different_numbers_give_different_keys() {
        assertThat(deriver.derive(IdentifierKind.PHONE, "06-12345678"))
                .isNotEqualTo(deriver.derive(IdentifierKind.PHONE, "06-12345679"));
    }

    @Test
    void e_mail_addresses_are_trimmed_and_lower_cased() {
        assertThat(deriver.derive(IdentifierKind.EMAIL, "  Jan.Jansen@Example.NL "))
                .isEqualTo(deriver.derive(IdentifierKind.EMAIL, "jan.jansen@example.nl"));
    }

    @Test
    void loyalty_cards_keep_only_their_digits() {
        assertThat(deriver.derive(IdentifierKind.LOYALTY_CARD, "1234-5678 9012"))
                .isEqualTo(deriver.derive(IdentifierKind.LOYALTY_CARD, "123456789012"));
    }

    @Test
    void the_same_value_of_another_kind_gives_another_key() {
        assertThat(deriver.derive(IdentifierKind.LOYALTY_CARD, "0612345678"))
                .isNotEqualTo(deriver.derive(IdentifierKind.PHONE, "0612345678"));
    }

    @Test
    void the_key_depends_on_the_secret_and_does_not_contain_the_number() {
        SubjectKeyDeriver other = new SubjectKeyDeriver(
                "another-secret-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8), "NL");
        SubjectKey key = deriver.derive(IdentifierKind.PHONE, "06-12345678");
        assertThat(other.derive(IdentifierKind.PHONE, "06-12345678")).isNotEqualTo(key);
        assertThat(key.value()).doesNotContain("12345678").matches("sk1_[A-Za-z0-9_-]{43}");
    }

    @Test
    void unusable_input_is_refused_without_echoing_it() {
        assertThatThrownBy(() -> deriver.derive(IdentifierKind.PHONE, "call me maybe"))
                .isInstanceOf(InvalidIdentifierException.class).hasMessageNotContaining("call me");
        assertThatThrownBy(() -> deriver.derive(IdentifierKind.EMAIL, "no-at-sign"))
                .isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> new SubjectKeyDeriver("short".getBytes(StandardCharsets.UTF_8), "NL"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
