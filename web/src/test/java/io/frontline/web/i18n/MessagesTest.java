package io.frontline.web.i18n;

import io.quarkus.qute.i18n.MessageBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text of the pages exists in Dutch, English and Japanese, with the same blanks to fill in — for every
 * message bundle of the web (each screen family may keep its own: {@code messages/<bundle>_<language>.properties}
 * beside an interface annotated {@link MessageBundle} whose default locale is English).
 */
class MessagesTest {
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    private static final Path CLASSES = Path.of("target", "classes");

    /** Every interface of the web annotated as a message bundle, found in the compiled classes. */
    static List<Class<?>> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES.resolve("io/frontline/web"))) {
            List<Class<?>> bundles = files.map(CLASSES::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.')
                            .replace('\\', '.'))
                    .map(MessagesTest::load).filter(type -> type.isAnnotationPresent(MessageBundle.class))
                    .toList();
            assertThat(bundles).as("message bundles").contains(Messages.class);
            return bundles;
        }
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> bundlesAndLanguages() throws IOException {
        return bundles().stream().flatMap(bundle -> Stream.of("nl", "ja")
                .map(language -> org.junit.jupiter.params.provider.Arguments.of(bundle, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("bundlesAndLanguages")
    void every_english_text_has_a_translation_with_the_same_parameters(Class<?> bundle, String language)
            throws IOException {
        Properties english = load(bundle, "en");
        Properties translated = load(bundle, language);
        assertThat(translated.stringPropertyNames()).as("keys in %s_%s.properties", name(bundle), language)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(translated.getProperty(key)).as("%s in %s", key, language).isNotBlank();
            assertThat(parameters(translated.getProperty(key))).as("parameters of %s in %s", key, language)
                    .isEqualTo(parameters(english.getProperty(key)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void every_text_the_pages_use_is_in_the_english_file(Class<?> bundle) throws IOException {
        assertThat(bundle.getAnnotation(MessageBundle.class).locale()).as("default locale of %s", bundle)
                .isEqualTo("en");
        Properties english = load(bundle, "en");
        for (var method : bundle.getDeclaredMethods()) {
            assertThat(english.getProperty(method.getName())).as(method.getName()).isNotBlank();
        }
    }

    /**
     * The names of incident types, live-detection rules and severities are the shared bundle's: a screen's own bundle
     * that named them again would drift into other words for the same thing (it did: one rule had three names).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void no_screen_renames_an_incident_type_a_detection_rule_or_a_severity(Class<?> bundle) throws IOException {
        if (bundle == Messages.class) {
            return;
        }
        Properties shared = load(Messages.class, "en");
        java.util.Set<String> sharedNames = shared.stringPropertyNames().stream()
                .filter(key -> key.startsWith("type_") || key.startsWith("rule_") || key.startsWith("severity_"))
                .collect(java.util.stream.Collectors.toSet());
        assertThat(sharedNames).as("names in the shared bundle").contains("type_threat", "rule_call_length",
                "severity_critical");
        assertThat(load(bundle, "en").stringPropertyNames()).as("keys of %s", name(bundle))
                .doesNotContainAnyElementsOf(sharedNames);
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

    private static String name(Class<?> bundle) {
        return bundle.getAnnotation(MessageBundle.class).value();
    }

    private static Properties load(Class<?> bundle, String language) throws IOException {
        Properties properties = new Properties();
        String file = "/messages/" + name(bundle) + "_" + language + ".properties";
        try (InputStream in = MessagesTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, MessagesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
