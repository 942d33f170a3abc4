package io.frontline.web.i18n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text of the pages exists in Dutch, English and Japanese, with the same blanks to fill in. */
class MessagesTest {
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    @ParameterizedTest
    @ValueSource(strings = {"nl", "ja"})
    void every_english_text_has_a_translation_with_the_same_parameters(String language) throws IOException {
        Properties english = load("en");
        Properties translated = load(language);
        assertThat(translated.stringPropertyNames()).as("keys in msg_%s.properties", language)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(translated.getProperty(key)).as("%s in %s", key, language).isNotBlank();
            assertThat(parameters(translated.getProperty(key))).as("parameters of %s in %s", key, language)
                    .isEqualTo(parameters(english.getProperty(key)));
        }
    }

    @Test
    void every_text_the_pages_use_is_in_the_english_file() throws IOException {
        Properties english = load("en");
        for (var method : Messages.class.getDeclaredMethods()) {
            assertThat(english.getProperty(method.getName())).as(method.getName()).isNotBlank();
        }
    }

    @Test
    void the_language_is_the_persons_choice_else_their_browsers_else_dutch() {
        assertThat(Language.resolve("ja", "en-GB,en;q=0.9")).isEqualTo("ja");
        assertThat(Language.resolve(null, "fr-FR, ja;q=0.8, en;q=0.5")).isEqualTo("ja");
        assertThat(Language.resolve("xx", "de-DE")).isEqualTo("nl");
        assertThat(Language.resolve(null, null)).isEqualTo("nl");
    }

    private static Set<String> parameters(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PARAMETER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages/msg_" + language + ".properties")) {
            assertThat(in).as("msg_%s.properties", language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
