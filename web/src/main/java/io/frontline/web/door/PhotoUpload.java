package io.frontline.web.door;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the measure page's door section decides before and after it passes a manager's input on to sanction-service:
 * which fields a profile sends, what is missing from a photo upload, and which message the service's refusal becomes.
 * The rules themselves (who may, which types, how large, which words remind) are the service's.
 */
public final class PhotoUpload {
    /** The profile's fields as the service names them, in the form's order. */
    public static final List<String> PROFILE_FIELDS = List.of("description", "height", "build", "hair", "clothing",
            "distinguishingMarks");
    /** What the file input offers; the service recognises the type by the bytes. */
    public static final String ACCEPT = "image/jpeg,image/png";

    private PhotoUpload() {
    }

    /** The profile as the service takes it: only its six fields, trimmed; an empty field is left out (cleared). */
    public static Map<String, String> profile(Map<String, String> form) {
        Map<String, String> body = new LinkedHashMap<>();
        for (String field : PROFILE_FIELDS) {
            String value = form.get(field);
            if (value != null && !value.isBlank()) {
                body.put(field, value.strip());
            }
        }
        return body;
    }

    /** What keeps an upload from being sent: {@code no-file}, {@code no-basis}, or null when it may go. */
    public static String missing(boolean hasFile, String lawfulBasis) {
        if (!hasFile) {
            return "no-file";
        }
        if (lawfulBasis == null || lawfulBasis.isBlank()) {
            return "no-basis";
        }
        return null;
    }

    /**
     * The message code for the service's refusal of an upload or a profile: 413 too large, 415 not a JPEG or PNG,
     * 400/422 not valid, 403/404 not this person's measure; null for anything else (the general problem page).
     */
    public static String refusal(int status) {
        return switch (status) {
            case 413 -> "photo-too-large";
            case 415 -> "photo-type";
            case 400, 422 -> "invalid";
            case 403, 404 -> "refused";
            default -> null;
        };
    }

    /** The notices the page knows; anything else in the address is ignored. */
    public static boolean known(String notice) {
        return notice != null && List.of("saved", "photo-added", "photo-too-large", "photo-type", "invalid",
                "refused", "no-file", "no-basis").contains(notice);
    }
}
