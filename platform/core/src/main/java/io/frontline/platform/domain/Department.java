package io.frontline.platform.domain;

/** A department of a site; a contact ban can be limited to one. */
public record Department(String id, String name) {
}
