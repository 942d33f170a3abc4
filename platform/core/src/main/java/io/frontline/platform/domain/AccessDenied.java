package io.frontline.platform.domain;

/** The actor is known but may not do this here, e.g. a manager acting on another site (403). */
public class AccessDenied extends DomainException {
    public AccessDenied(String message) {
        super(message);
    }
}
