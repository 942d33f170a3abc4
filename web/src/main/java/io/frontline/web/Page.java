package io.frontline.web;

/**
 * What every page's frame needs: the reader's language, where they are (for the language switch to return to),
 * and who is signed in, if anyone.
 */
public record Page(String lang, String path, boolean signedIn, String userName, String titleKey) {
}
