package io.frontline.incident.application.domain.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the service accepts as an uploaded evidence file: at most {@code maxFileSize} bytes (default 50 MB), of a
 * content type on the allow-list (photos, video clips, audio, documents). Anything else is refused before a byte
 * is kept.
 */
public record EvidencePolicy(long maxFileSize, Set<String> allowedContentTypes) {
    public EvidencePolicy {
        if (maxFileSize <= 0) {
            throw new IllegalArgumentException("the largest evidence file must be positive");
        }
        allowedContentTypes = Set.copyOf(allowedContentTypes.stream().map(EvidencePolicy::normalise).toList());
    }

    /** Refuses a file that is too large or of a type not on the allow-list. */
    public void check(String contentType, long size) {
        if (size > maxFileSize) {
            throw new EvidenceRefused(EvidenceRefused.Reason.TOO_LARGE,
                    "An evidence file may be at most " + maxFileSize + " bytes");
        }
        if (size == 0) {
            throw new EvidenceRefused(EvidenceRefused.Reason.EMPTY, "The file is empty");
        }
        if (contentType == null || !allowedContentTypes.contains(normalise(contentType))) {
            throw new EvidenceRefused(EvidenceRefused.Reason.TYPE_NOT_ALLOWED,
                    "This kind of file is not accepted as evidence; accepted: "
                            + String.join(", ", allowedContentTypes.stream().sorted().toList()));
        }
    }

    /** The kind of evidence a content type holds: a photo, a video clip, audio, otherwise a document. */
    public static EvidenceKind kindOf(String contentType) {
        String type = normalise(contentType);
        if (type.startsWith("image/")) {
            return EvidenceKind.PHOTO;
        }
        if (type.startsWith("video/")) {
            return EvidenceKind.VIDEO;
        }
        if (type.startsWith("audio/")) {
            return EvidenceKind.AUDIO;
        }
        return EvidenceKind.DOCUMENT;
    }

    /** "Image/JPEG; charset=x" is image/jpeg. */
    public static String normalise(String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    public static final List<String> DEFAULT_CONTENT_TYPES = List.of(
            "image/jpeg", "image/png", "image/heic", "image/heif", "image/webp",
            "video/mp4", "video/quicktime", "video/webm", "video/3gpp",
            "audio/mpeg", "audio/mp4", "audio/aac", "audio/wav", "audio/x-wav", "audio/ogg", "audio/webm", "audio/3gpp",
            "application/pdf", "text/plain");
}
