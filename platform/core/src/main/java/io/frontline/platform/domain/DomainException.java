package io.frontline.platform.domain;

/** A business rule said no. Subclasses tell the edge which answer fits (not found, conflict, ...). */
public abstract class DomainException extends RuntimeException {
    protected DomainException(String message) {
        super(message);
    }
}
