package io.frontline.platform.domain;

/**
 * The actor is known but may not do this here, e.g. a manager acting on another site (403). A safeguard that
 * refuses a person for who they are in the decision names its {@code reason} code (e.g. {@code proposer}),
 * which the problem type carries.
 */
public class AccessDenied extends DomainException {
    private final String reason;

    public AccessDenied(String message) {
        this(null, message);
    }

    public AccessDenied(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** The stable code of the safeguard that refused, or {@code null} for a plain role or scope refusal. */
    public String reason() {
        return reason;
    }
}
