package io.frontline.platform.domain;

/**
 * A value on the wire is not one the field allows (answered as 400 with the field and the allowed values).
 * The message never repeats the value given: it could be personal data.
 */
public class InvalidValue extends DomainException {
    private final String field;

    public InvalidValue(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
