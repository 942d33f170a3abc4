package io.frontline.platform.security;

/** A raw identifier that cannot be normalised. The message never repeats the raw value. */
public class InvalidIdentifierException extends IllegalArgumentException {
    private final IdentifierKind kind;

    public InvalidIdentifierException(IdentifierKind kind, String problem) {
        super("The " + kind.name().toLowerCase().replace('_', ' ') + " " + problem);
        this.kind = kind;
    }

    public IdentifierKind kind() {
        return kind;
    }
}
