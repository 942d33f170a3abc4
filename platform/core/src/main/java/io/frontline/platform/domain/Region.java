package io.frontline.platform.domain;

/** A group of sites with a regional manager; an entry ban can cover a whole region. */
public record Region(String id, String name) {
}
