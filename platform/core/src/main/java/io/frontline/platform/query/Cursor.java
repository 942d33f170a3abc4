package io.frontline.platform.query;

import io.frontline.platform.domain.InvalidValue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Where the next page of a list starts (keyset pagination): the sort the list was read in and the sort keys of
 * the last row served, typically its sort column's value and its id. On the wire it is opaque (base64url); a
 * cursor made for another sort, or not made by us, is a 400 and reads nothing.
 *
 * <pre>
 * Cursor after = Cursor.parse(cursorParam, "-received");           // null on the first page
 * ... WHERE (received_at, id) &lt; (:receivedAt, :id) ORDER BY received_at DESC, id DESC LIMIT :limit + 1
 * String next = rows.size() &gt; limit ? Cursor.of("-received", last.receivedAt().toString(), last.id()).token() : null;
 * </pre>
 */
public record Cursor(String sort, List<String> keys) {
    private static final char SEPARATOR = '\u001f';
    private static final String VERSION = "c1";

    public Cursor {
        keys = List.copyOf(keys);
    }

    public static Cursor of(String sort, String... keys) {
        return new Cursor(sort, Arrays.asList(keys));
    }

    /** The opaque form handed to the client as {@code next}. */
    public String token() {
        StringBuilder text = new StringBuilder(VERSION).append(SEPARATOR).append(sort);
        for (String key : keys) {
            text.append(SEPARATOR).append(key);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The key at {@code index}, e.g. {@code key(0)} the sort column's value, {@code key(1)} the id. */
    public String key(int index) {
        return keys.get(index);
    }

    /**
     * Reads a cursor handed out for a list read in {@code sort}; null or blank is the first page (null). Anything
     * not made by {@link #token()} for the same sort is {@link InvalidValue} on the field {@code cursor}.
     */
    public static Cursor parse(String token, String sort) {
        if (token == null || token.isBlank()) {
            return null;
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        String[] parts = text.split(String.valueOf(SEPARATOR), -1);
        if (parts.length < 3 || !VERSION.equals(parts[0])) {
            throw invalid();
        }
        if (!parts[1].equals(sort)) {
            throw new InvalidValue("cursor", "cursor belongs to another sort order; start again without it");
        }
        return new Cursor(parts[1], Arrays.asList(parts).subList(2, parts.length));
    }

    private static InvalidValue invalid() {
        return new InvalidValue("cursor", "cursor is not one this list handed out; start again without it");
    }
}
