package io.frontline.incident.adapter.out.detection;

import io.frontline.incident.application.domain.model.Token;
import io.frontline.incident.application.domain.model.Tokeniser;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

import org.apache.lucene.analysis.ja.dict.UserDictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Lucene's analysers as live detection's tokenisers, in-process: Japanese through Kuromoji (words in their
 * dictionary form, full-width letters folded), Dutch and English through the standard tokeniser and the
 * Snowball stemmers (English contractions are opened first: "I'll" is "I will", "won't" is "will not").
 */
final class LuceneTokeniser implements Tokeniser {
    private static final Pattern APOSTROPHES = Pattern.compile("[’`´]");
    /** Slang and set phrases the standard dictionary splits apart (くそったれ, 待ち伏せ). */
    private static final UserDictionary USER_DICTIONARY = userDictionary("detection/userdict-ja.txt");

    private final Analyzer analyzer;
    private final boolean english;
    private final ThreadLocal<SnowballStemmer> stemmer;

    private LuceneTokeniser(Analyzer analyzer, Supplier<SnowballStemmer> stemmers, boolean english) {
        this.analyzer = analyzer;
        this.english = english;
        this.stemmer = stemmers == null ? null : ThreadLocal.withInitial(stemmers);
    }

    static Tokeniser forLanguage(String language) {
        return switch (language) {
            case "ja" -> new LuceneTokeniser(new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    Tokenizer source = new JapaneseTokenizer(USER_DICTIONARY, true, JapaneseTokenizer.Mode.NORMAL);
                    TokenStream stream = new JapaneseBaseFormFilter(source);
                    stream = new CJKWidthFilter(stream);
                    return new TokenStreamComponents(source, new LowerCaseFilter(stream));
                }
            }, null, false);
            case "nl" -> new LuceneTokeniser(standard(), DutchStemmer::new, false);
            case "en" -> new LuceneTokeniser(standard(), EnglishStemmer::new, true);
            default -> throw new IllegalArgumentException("no tokeniser for language " + language);
        };
    }

    private static UserDictionary userDictionary(String resource) {
        try (InputStream in = LuceneTokeniser.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return UserDictionary.open(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Analyzer standard() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
    }

    @Override
    public List<Token> tokens(String text) {
        String normalised = APOSTROPHES.matcher(text).replaceAll("'");
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", normalised)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int start = offset.startOffset();
                int end = offset.endOffset();
                String surface = normalised.substring(start, end).toLowerCase(Locale.ROOT);
                String form = term.toString();
                if (english) {
                    opened(form, surface, start, end, tokens);
                } else {
                    tokens.add(new Token(stem(form), surface, start, end));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** English contractions as the words they stand for, each stemmed. */
    private void opened(String word, String surface, int start, int end, List<Token> tokens) {
        int apostrophe = word.indexOf('\'');
        if (apostrophe < 0) {
            tokens.add(new Token(stem(word), surface, start, end));
            return;
        }
        String head = word.substring(0, apostrophe);
        String tail = word.substring(apostrophe + 1);
        List<String> words = switch (word) {
            case "won't" -> List.of("will", "not");
            case "can't" -> List.of("can", "not");
            case "shan't" -> List.of("shall", "not");
            case "ain't" -> List.of("is", "not");
            default -> word.endsWith("n't") ? List.of(word.substring(0, word.length() - 3), "not")
                    : switch (tail) {
                case "ll" -> List.of(head, "will");
                case "re" -> List.of(head, "are");
                case "m" -> List.of(head, "am");
                case "ve" -> List.of(head, "have");
                case "d" -> List.of(head, "would");
                case "s" -> List.of(head, "'s");
                default -> List.of(word.replace("'", ""));
            };
        };
        for (String w : words) {
            tokens.add(new Token(w.equals("'s") ? w : stem(w), surface, start, end));
        }
    }

    private String stem(String word) {
        if (stemmer == null) {
            return word;
        }
        SnowballStemmer s = stemmer.get();
        s.setCurrent(word);
        s.stem();
        return s.getCurrent();
    }
}
