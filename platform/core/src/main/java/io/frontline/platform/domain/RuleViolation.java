package io.frontline.platform.domain;

/**
 * The request is well-formed but breaks a business rule (answered as 422), for example rejecting a
 * complaint without a substantive reason. {@code field} names the input at fault, if one is.
 */
public class RuleViolation extends DomainException {
    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
