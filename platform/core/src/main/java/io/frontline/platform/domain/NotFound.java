package io.frontline.platform.domain;

/** The thing asked for does not exist, or the asker may not know that it exists. */
public class NotFound extends DomainException {
    public NotFound(String what, String id) {
        super(what + " " + id + " was not found");
    }
}
