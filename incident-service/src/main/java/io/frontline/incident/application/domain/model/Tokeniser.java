package io.frontline.incident.application.domain.model;

import java.util.List;

/**
 * Splits an utterance of one language into {@link Token}s: Japanese into words with their dictionary
 * forms, Dutch and English into stems, so that a lexicon entry matches however the word is inflected.
 */
@FunctionalInterface
public interface Tokeniser {
    List<Token> tokens(String text);
}
